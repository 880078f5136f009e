// Helpers for the Study component tests (not part of the app bundle: only tests import this file).
import { act, screen, within } from '@testing-library/react';
import en from '../../../data/locales/en.json';
import zhHans from '../../../data/locales/zh-Hans.json';
import zhHant from '../../../data/locales/zh-Hant.json';
import { renderApp, TEST_NOW, type RenderedApp } from '../../../tests/render';
import { isReview } from '../../domain/card-model';
import type { ClassDigit } from '../../domain/code-classes';
import type { LocaleTexts } from '../../domain/dataset-schema';
import type { Language } from '../../domain/language';
import cardEn from '../../i18n/locales/en/card.json';
import lessonEn from '../../i18n/locales/en/lesson.json';
import studyEn from '../../i18n/locales/en/study.json';
import cardHans from '../../i18n/locales/zh-Hans/card.json';
import studyHans from '../../i18n/locales/zh-Hans/study.json';
import cardHant from '../../i18n/locales/zh-Hant/card.json';
import studyHant from '../../i18n/locales/zh-Hant/study.json';
import { createMemoryStorage } from '../../state/app-env';
import { STUDY_PREFS_KEY } from './study-prefs';

const TEXTS = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant } as unknown as Record<
  Language,
  LocaleTexts
>;

/** The UI strings a learner reads on the Study screen, per language (the shipped files). */
export const UI = {
  en: {
    ...studyEn.study,
    card: cardEn.card,
    lessonMore: lessonEn.lesson.more,
    lessonLess: lessonEn.lesson.less,
  },
  'zh-Hans': { ...studyHans.study, card: cardHans.card },
  'zh-Hant': { ...studyHant.study, card: cardHant.card },
} as const;

/** A regular expression matching `text` literally at the start of a string. */
export const startsWith = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** The code the card on screen asks about, read from its front (code, name or scenario). */
export function codeOnCard(lang: Language): number {
  const main = screen.getByRole('main');
  const code = main.querySelector('.card-prompt__code')?.textContent;
  if (code) return Number(code);
  const name = main.querySelector('.card-prompt__name')?.textContent;
  const scenario = main.querySelector('.card-prompt__scenario')?.textContent ?? '';
  const hit = Object.entries(TEXTS[lang].codes).find(
    ([, t]) => t.name === name || t.scenarios.includes(scenario),
  );
  if (!hit) throw new Error('no card on screen');
  return Number(hit[0]);
}

/** The option buttons of the card on screen (named "A …" to "D …"). */
export const optionButtons = () =>
  within(screen.getByRole('main')).getAllByRole('button', { name: /^[A-D]/ });

/** The grade of the latest review in the log. */
export function lastGrade(stores: RenderedApp['stores']): number | undefined {
  const entry = stores.progress.getState().log.at(-1);
  return entry && isReview(entry) ? entry.grade : undefined;
}

/** The Study screen's own live region (the shell has status regions of its own). */
export const live = () => within(screen.getByRole('main')).getByRole('status');

const DAY = 86_400_000;

/**
 * Renders Study with a small day: `limit` new cards a day from the given classes, no fuzz. The recall
 * cards of `knownSince` were learnt the day before (graded Easy: days until they are due), so their
 * other kinds may be introduced today.
 */
export async function renderStudy(
  lang: Language,
  opts: { limit: number; classes: number[]; mode?: 'choice' | 'typed'; knownSince?: number[] },
): Promise<RenderedApp & { clock: { now: number } }> {
  const storage = createMemoryStorage({
    [STUDY_PREFS_KEY]: JSON.stringify({ classes: opts.classes, mode: opts.mode ?? 'choice' }),
  });
  const clock = { now: TEST_NOW - DAY };
  const app = await renderApp({ language: lang, path: '/study', storage, now: () => clock.now });
  act(() => {
    const p = app.stores.progress.getState();
    p.updateSettings({ dailyNewLimit: opts.limit, enableFuzz: false });
    for (const code of opts.knownSince ?? []) p.answer(`${code}:recall`, 4, 5000);
    clock.now = TEST_NOW;
  });
  return { ...app, clock };
}

/** Starts a "study this code now" session on `code`, from the given classes, in choice mode. */
export function startFocusSession(
  app: RenderedApp,
  code: number,
  classes: readonly ClassDigit[] = [1, 2, 3, 4, 5],
): void {
  act(() => {
    app.stores.session.getState().start({
      filter: { classes, includeUnofficial: false },
      mode: 'choice',
      extraNew: 0,
      focusCode: code,
    });
  });
}

/** Fills an i18next template's {{placeholders}}, as the app does. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** The overview's Start button, whatever the number of cards it announces. */
export const startButton = (lang: Language) =>
  screen.getByRole('button', { name: startsWith(UI[lang].start_other.replace(/[（(].*$/, '')) });
