import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, TEST_NOW } from '../../../tests/render';
import kindsEn from '../../i18n/locales/en/kinds.json';
import kindsHant from '../../i18n/locales/zh-Hant/kinds.json';
import statsEn from '../../i18n/locales/en/stats.json';
import statsHant from '../../i18n/locales/zh-Hant/stats.json';

const UI = {
  en: { ...statsEn.stats.confusions, duel: kindsEn.kinds.prompt.duel },
  'zh-Hant': { ...statsHant.stats.confusions, duel: kindsHant.kinds.prompt.duel },
};
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

describe('Stats: the codes you mix up', () => {
  for (const lang of ['en', 'zh-Hant'] as const) {
    const s = UI[lang];
    it(`${lang}: says which pair was mixed up in how many answers, and a row starts its duel`, async () => {
      const clock = { now: TEST_NOW - 3_600_000 };
      const { user, stores } = await renderApp({
        language: lang,
        path: '/stats',
        now: () => clock.now,
      });
      expect(screen.getByText(s.none)).toBeInTheDocument();
      act(() => {
        const p = stores.progress.getState();
        const answers: [string, number, number][] = [
          ['502:reverse', 502, 504],
          ['504:scenario', 504, 502],
          ['502:scenario', 502, 502],
          ['401:reverse', 401, 403],
        ];
        for (const [id, answer, given] of answers) {
          p.answer(id, answer === given ? 3 : 1, 4000, { checked: { answer, given } });
          clock.now += 60_000;
        }
      });
      const list = await screen.findByRole('list', { name: s.tableLabel });
      const rows = within(list).getAllByRole('listitem');
      expect(rows[0]).toHaveTextContent(fill(s.row, { a: 502, b: 504, mixed: 2, total: 3 }));
      expect(rows[1]).toHaveTextContent(fill(s.row, { a: 401, b: 403, mixed: 1, total: 1 }));
      await user.click(
        within(rows[0]!).getByRole('link', { name: fill(s.practise, { a: 502, b: 504 }) }),
      );
      expect(await screen.findByRole('heading', { name: s.duel }, { timeout: 5000 })).toBeVisible();
      expect(stores.session.getState().session?.shown.item.cardId).toBe('502:duel:504');
    }, 30_000);
  }
});
