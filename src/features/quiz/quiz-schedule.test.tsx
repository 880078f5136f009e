import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, type RenderedApp } from '../../../tests/render';
import { isReview } from '../../domain/card-model';
import type { Language } from '../../domain/language';
import quizEn from '../../i18n/locales/en/quiz.json';
import quizHant from '../../i18n/locales/zh-Hant/quiz.json';
import studyEn from '../../i18n/locales/en/study.json';
import studyHant from '../../i18n/locales/zh-Hant/study.json';
import navEn from '../../i18n/locales/en/shell.json';
import navHant from '../../i18n/locales/zh-Hant/shell.json';

const UI = {
  en: { quiz: quizEn.quiz, study: studyEn.study, nav: navEn.nav },
  'zh-Hant': { quiz: quizHant.quiz, study: studyHant.study, nav: navHant.nav },
} as const;
type Lang = keyof typeof UI;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
const options = () => within(screen.getByRole('main')).getAllByRole('button', { name: /^[A-D]/ });

/** A 10-question quiz on 4xx ("situation → code" only), every answer the first option. */
async function quizTen({ user }: RenderedApp, lang: Lang) {
  const s = UI[lang].quiz;
  for (const other of [/^1xx/, /^2xx/, /^3xx/, /^5xx/])
    await user.click(screen.getByRole('checkbox', { name: other }));
  for (const type of Object.keys(s.type) as (keyof typeof s.type)[])
    if (type !== 'scenario-to-code')
      await user.click(screen.getByRole('checkbox', { name: s.type[type] }));
  await user.click(screen.getByRole('button', { name: s.setup.start }));
  for (let i = 0; i < 10; i++) {
    await user.click(options()[0] as HTMLElement);
    await user.click(screen.getByRole('button', { name: i < 9 ? s.run.next : s.run.finish }));
  }
  expect(screen.getByRole('heading', { name: s.results.title })).toBeInTheDocument();
}

/** The Study overview's count for new cards. */
async function newOnStudy({ user }: RenderedApp, lang: Lang): Promise<string> {
  await user.click(screen.getByRole('link', { name: UI[lang].nav.study }));
  const term = await screen.findByText(UI[lang].study.count.new, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('Quiz and the study schedule', { timeout: 40_000 }, () => {
  for (const lang of ['en', 'zh-Hant'] as const satisfies readonly Language[]) {
    const s = UI[lang].quiz;
    it(`${lang}: a quiz on a fresh profile spends none of today's new cards and schedules nothing unasked`, async () => {
      const app = await renderApp({ language: lang, path: '/quiz' });
      expect(screen.getByText(s.setup.countsNew)).toBeVisible();
      await quizTen(app, lang);
      expect(app.stores.progress.getState().log).toEqual([]);
      expect(await newOnStudy(app, lang)).toBe('20');
    });

    it(`${lang}: the results offer to add the codes never studied; added, they do not count against the day's limit`, async () => {
      const app = await renderApp({ language: lang, path: '/quiz' });
      await quizTen(app, lang);
      const add = screen.getByRole('button', { name: fill(s.results.addNew_other, { count: 10 }) });
      await app.user.click(add);
      expect(screen.getByText(fill(s.results.added_other, { count: 10 }))).toBeVisible();
      expect(screen.queryByRole('button', { name: add.textContent ?? '' })).toBeNull();
      const reviews = app.stores.progress.getState().log.filter(isReview);
      expect(reviews).toHaveLength(10);
      expect(new Set(reviews.map((e) => e.cardId.split(':')[1]))).toEqual(new Set(['scenario']));
      expect(await newOnStudy(app, lang)).toBe('20');
    });
  }

  it('en: answers about cards already in the schedule update them at once', async () => {
    const app = await renderApp({ language: 'en', path: '/quiz' });
    const studied = [400, 401, 403, 404, 405, 409, 410, 412, 415, 422, 429].map(
      (code) => `${code}:scenario`,
    );
    act(() => {
      for (const id of studied) app.stores.progress.getState().answer(id, 4, 1000);
    });
    await quizTen(app, 'en');
    const log = app.stores.progress.getState().log.filter(isReview);
    const fromQuiz = log.slice(studied.length);
    // Every quiz answer about a studied card is in the log; any other code waits for the learner.
    expect(fromQuiz.every((e) => studied.includes(e.cardId))).toBe(true);
    expect(fromQuiz.length).toBeGreaterThan(0);
  });
});
