import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  codeOnCard,
  fill,
  live,
  optionButtons,
  renderStudy,
  startButton,
  startsWith,
  UI,
} from './study-test-helpers';

describe('Study session', () => {
  for (const lang of ['en', 'zh-Hans'] as const) {
    const s = UI[lang];
    it(`${lang}: a full session by keyboard alone, counts matching what the session holds`, async () => {
      const { user, stores } = await renderStudy(lang, { limit: 4, classes: [1, 2] });
      const counts = screen.getByText(s.count.new).closest('dl') as HTMLElement;
      expect(within(counts).getByText(s.count.new).nextElementSibling).toHaveTextContent('4');
      expect(within(counts).getByText(s.count.learning).nextElementSibling).toHaveTextContent('0');
      const start = screen.getByRole('button', { name: fill(s.start_other, { count: 4 }) });
      for (let i = 0; i < 40 && document.activeElement !== start; i++) await user.tab();
      expect(start).toHaveFocus();
      await user.keyboard('{Enter}');

      const progress = screen.getByRole('progressbar', { name: s.progressLabel });
      expect(progress).toHaveAttribute('aria-valuemax', '4');
      expect(progress).toHaveAttribute('aria-valuenow', '0');
      let answers = 0;
      let done = 0;
      let wrongOnce = false;
      while (screen.queryByRole('progressbar', { name: s.progressLabel }) && answers < 30) {
        const code = codeOnCard(lang);
        if (screen.queryByRole('button', { name: s.showAnswer })) {
          await user.keyboard(' ');
          const title = screen.getByRole('heading', { level: 3, name: startsWith(String(code)) });
          expect(title).toHaveFocus();
          await user.keyboard('3');
        } else {
          const right = optionButtons().findIndex((b) => b.textContent?.includes(String(code)));
          // One wrong pick (by letter), then right picks (by number); Enter accepts the proposal.
          const pick = wrongOnce ? right : (right + 1) % 4;
          await user.keyboard(wrongOnce ? String(pick + 1) : ('abcd'[pick] ?? 'a'));
          const grades = within(screen.getByRole('group', { name: s.gradeLabel }));
          const proposed = grades.getByRole('button', {
            name: startsWith(wrongOnce ? s.grade['3'] : s.grade['1']),
          });
          expect(proposed).toHaveClass('grade--proposed');
          wrongOnce = true;
          await user.keyboard('{Enter}');
        }
        answers++;
        if (screen.queryByRole('progressbar', { name: s.progressLabel })) {
          // The bar counts cards done for today: it never goes back, and its end never moves.
          const bar = screen.getByRole('progressbar', { name: s.progressLabel });
          const now = Number(bar.getAttribute('aria-valuenow'));
          expect(now).toBeGreaterThanOrEqual(done);
          expect(bar).toHaveAttribute('aria-valuemax', '4');
          done = now;
        }
      }
      expect(await screen.findByRole('heading', { name: s.summary.title })).toHaveFocus();
      // Each new card comes back once from its learning step; the wrong one once more.
      expect(answers).toBeGreaterThan(4);
      expect(stores.progress.getState().log).toHaveLength(answers);
      expect(
        screen.getByText(
          // The two parts as each language joins them: no space before Chinese punctuation.
          `${fill(s.summary.answers_other, { count: answers })}${fill(s.summary.onCards_other, { count: 4 })}`,
        ),
      ).toBeVisible();
    }, 30_000);
  }

  for (const lang of ['en', 'zh-Hant'] as const) {
    const s = UI[lang];
    const minutes = (n: number) => fill(s.interval.minute, { value: n });
    it(`${lang}: each grade shows its next interval; grade by click; undo with Z and Ctrl+Z`, async () => {
      const { user, stores } = await renderStudy(lang, { limit: 2, classes: [4] });
      await user.click(startButton(lang));
      const first = codeOnCard(lang);
      // Essentials first: 404 leads the client errors.
      expect(first).toBe(404);
      await user.click(screen.getByRole('button', { name: s.showAnswer }));
      expect(live()).toHaveTextContent(s.revealed);
      const grades = within(screen.getByRole('group', { name: s.gradeLabel }));
      expect(grades.getByRole('button', { name: startsWith(s.grade['1']) })).toHaveTextContent(
        `${s.grade['1']}${minutes(1)}`,
      );
      const good = grades.getByRole('button', { name: startsWith(s.grade['3']) });
      expect(good).toHaveTextContent(`${s.grade['3']}${minutes(10)}`);
      const days = new RegExp(fill(s.interval.day, { value: '\\d+' }));
      expect(grades.getByRole('button', { name: startsWith(s.grade['4']) })).toHaveTextContent(
        days,
      );
      // The back teaches the code and links to its RFC section.
      expect(screen.getByRole('heading', { level: 3, name: startsWith('404') })).toBeVisible();
      const lesson = screen.getByRole('article', { name: startsWith('404') });
      expect(within(lesson).getAllByRole('link', { name: /9110.*15\.5\.5/ })[0]).toHaveAttribute(
        'href',
        'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5',
      );
      await user.click(good);
      expect(live()).toHaveTextContent(
        fill(s.graded, { grade: s.grade['3'], interval: minutes(10) }),
      );
      expect(stores.progress.getState().log).toHaveLength(1);
      expect(stores.progress.getState().cards['404:recall']?.state).toBe('learning');
      const second = codeOnCard(lang);

      await user.keyboard('z');
      expect(stores.progress.getState().log).toHaveLength(0);
      expect(stores.progress.getState().cards['404:recall']).toBeUndefined();
      expect(codeOnCard(lang)).toBe(first);
      expect(screen.getByRole('button', { name: s.showAnswer })).toBeVisible();
      expect(live()).toHaveTextContent(fill(s.undone, { code: 404 }));

      await user.keyboard(' 4');
      expect(stores.progress.getState().cards['404:recall']?.state).toBe('review');
      expect(codeOnCard(lang)).toBe(second);
      await user.keyboard('{Control>}z{/Control}');
      expect(stores.progress.getState().log).toHaveLength(0);
      expect(codeOnCard(lang)).toBe(first);
      await user.keyboard('{Control>}z{/Control}');
      expect(live()).toHaveTextContent(s.nothingToUndo);
    });
  }
});
