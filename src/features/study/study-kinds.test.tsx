import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import kt405en from '../../../data/knowledge/texts/en/405.json';
import kt405hans from '../../../data/knowledge/texts/zh-Hans/405.json';
import { answerKey, optionKey, type KindQuestion } from '../../domain/card-kinds/question';
import type { Language } from '../../domain/language';
import kindsEn from '../../i18n/locales/en/kinds.json';
import kindsHans from '../../i18n/locales/zh-Hans/kinds.json';
import {
  fill,
  lastGrade,
  optionButtons,
  renderStudy,
  startFocusSession,
  UI,
} from './study-test-helpers';

const KINDS = { en: kindsEn.kinds, 'zh-Hans': kindsHans.kinds };
const TEXTS_405 = { en: kt405en, 'zh-Hans': kt405hans };
type Lang = keyof typeof KINDS;

/** The question heading a generated card must show, from the shipped strings (not the renderer). */
function expectedHeading(q: KindQuestion, lang: Lang): string {
  const k = KINDS[lang];
  const p = q.prompt;
  switch (p.form) {
    case 'header-must':
      return fill(k.prompt.headerMust, { level: k.level[p.level], code: p.code });
    case 'header-which-code':
      return fill(k.prompt.headerWhichCode, { level: k.level[p.level] });
    case 'wire-status':
      return k.prompt.wireStatus;
    case 'wire-defect':
      return fill(k.prompt.wireDefect, { code: p.code });
    case 'duel':
      return k.prompt.duel;
    case 'behaviour':
      return fill(k.prompt.behaviour[p.name], { code: p.code });
    case 'behaviour-retry-method':
      return fill(k.prompt.retryMethod, { method: p.method, code: p.code });
    case 'behaviour-default':
      return fill(k.prompt.default, { software: p.software, api: p.api });
    default:
      return '';
  }
}

const GENERATED = ['header', 'wire', 'duel', 'behaviour'];

describe('Study: the four new kinds', () => {
  for (const lang of ['en', 'zh-Hans'] as const satisfies readonly Language[]) {
    const s = UI[lang];
    const k = KINDS[lang];
    it(`${lang}: a session on 405 meets header, wire, duel and behaviour cards, answered by keyboard and by pointer`, async () => {
      // 405's and 501's recall cards graduated yesterday: today their other kinds may be studied.
      const app = await renderStudy(lang, { limit: 20, classes: [4, 5], knownSince: [405, 501] });
      const { user, stores } = app;
      startFocusSession(app, 405);
      const met = new Set<string>();
      let byKeyboard = true;
      for (let n = 0; n < 12 && stores.session.getState().session; n++) {
        const shown = stores.session.getState().session?.shown;
        const kind = shown?.item.kind ?? '';
        // The question arrives once the kind's generator and the knowledge have loaded.
        const heading = await screen.findByRole(
          'heading',
          { level: 2, name: (name) => name !== '' && !/^Loading|^正在/.test(name) },
          { timeout: 5000 },
        );
        const question = stores.session.getState().session?.shown.question as KindQuestion;
        if (!GENERATED.includes(kind)) {
          // recall, reverse, scenario: answered as before, the right option or a reveal.
          if (question.answer < 0) await user.keyboard(' ');
          else await user.click(optionButtons()[question.answer] as HTMLElement);
          await user.keyboard('{Enter}');
          continue;
        }
        met.add(kind);
        expect(heading).toHaveTextContent(expectedHeading(question, lang).replace(/ …$/, ''));
        if (question.prompt.form === 'wire-status' || question.prompt.form === 'wire-defect') {
          expect(screen.getByText(k.request)).toBeVisible();
          expect(screen.getByText(k.response)).toBeVisible();
        }
        if (question.prompt.form === 'duel')
          for (const code of question.prompt.pair)
            expect(
              within(screen.getByRole('main')).getAllByText(String(code)).length,
            ).toBeGreaterThan(0);
        const options = await screen.findAllByRole('button', { name: /^[A-D]/ });
        expect(options).toHaveLength(question.options.length);
        // Options read as words, never as a missing string.
        for (const b of options) expect(b.textContent).not.toMatch(/kinds\.|…$/);
        const right = question.answer;
        const wrong = (right + 1) % question.options.length;
        if (byKeyboard) await user.keyboard('ABCD'[wrong] ?? 'A');
        else await user.click(options[wrong] as HTMLElement);
        expect((await screen.findAllByText(s.card.wrong))[0]).toBeVisible();
        expect(options[wrong]).toHaveTextContent(s.card.yourChoice);
        expect(options[right]).toHaveTextContent(s.card.rightChoice);
        // What the wrong answer teaches: the fact and its source, or how to tell a pair apart.
        if (kind === 'duel') {
          const [a, b] = question.prompt.form === 'duel' ? question.prompt.pair : [0, 0];
          expect(
            await screen.findByRole('heading', { name: fill(k.teach.duelRule, { a, b }) }),
          ).toBeVisible();
        } else if (question.prompt.form !== 'wire-status') {
          expect(await screen.findByRole('heading', { name: k.teach.title })).toBeVisible();
          expect(
            screen.getAllByRole('link', {
              name: /RFC 9110|Fetch|nginx|django|microsoft|expressjs|spring/i,
            }).length,
          ).toBeGreaterThan(0);
        }
        // An answer that is not a code is named in words on the back.
        const r = question.options[right];
        const enums = k.enum as Record<string, Record<string, string>>;
        const label =
          r?.type === 'enum'
            ? enums[r.name]?.[r.value]
            : r?.type === 'header'
              ? r.header
              : undefined;
        if (label) expect(screen.getByText(fill(k.verdict.answerIs, { label }))).toBeVisible();
        expect(optionKey(question.options[right]!)).toBe(answerKey(question));
        if (byKeyboard) await user.keyboard('{Enter}');
        else
          await user.click(
            within(screen.getByRole('group', { name: s.gradeLabel })).getAllByRole(
              'button',
            )[0] as HTMLElement,
          );
        expect(lastGrade(stores)).toBe(1);
        byKeyboard = !byKeyboard;
      }
      expect([...met].sort()).toEqual(['behaviour', 'duel', 'header', 'wire']);
    }, 60_000);

    it(`${lang}: the back of a 405 card shows what a developer must know, each fact with its link`, async () => {
      const app = await renderStudy(lang, { limit: 20, classes: [4], knownSince: [405] });
      startFocusSession(app, 405, [4]);
      const question = app.stores.session.getState().session?.shown.question as KindQuestion;
      if (question.answer < 0) await app.user.keyboard(' ');
      else
        await app.user.click(
          (await screen.findAllByRole('button', { name: /^[A-D]/ }))[0] as HTMLElement,
        );
      const section = await screen.findByRole(
        'region',
        { name: k.knowledge.title },
        { timeout: 5000 },
      );
      expect(within(section).getByText(TEXTS_405[lang].retry, { exact: false })).toBeVisible();
      expect(
        within(section).getAllByRole('link', { name: /RFC 9110 §15\.5\.6/ })[0],
      ).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6');
    }, 30_000);
  }
});
