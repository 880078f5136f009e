import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isReview } from '../../domain/card-model';
import {
  codeOnCard,
  fill,
  lastGrade,
  live,
  optionButtons,
  renderStudy,
  startButton,
  startsWith,
  UI,
} from './study-test-helpers';

describe('Study answers', () => {
  for (const lang of ['en', 'zh-Hans'] as const) {
    const s = UI[lang];
    it(`${lang}: multiple choice — a wrong pick proposes Again, which the learner may change`, async () => {
      // Their recall cards were learnt before today: today brings their other kinds, by options.
      const knownSince = [500, 501, 502, 503, 504];
      const { user, stores } = await renderStudy(lang, { limit: 2, classes: [5], knownSince });
      await user.click(startButton(lang));
      const code = codeOnCard(lang);
      expect(optionButtons()).toHaveLength(4);
      expect(optionButtons().filter((b) => b.textContent?.includes(String(code)))).toHaveLength(1);
      const wrong = optionButtons().find((b) => !b.textContent?.includes(String(code)));
      await user.click(wrong as HTMLElement);
      expect(screen.getByText(s.card.wrong)).toBeVisible();
      expect(screen.getByText(fill(s.card.theAnswerIs, { code }))).toBeVisible();
      expect(live()).toHaveTextContent(String(code));
      expect(wrong).toHaveTextContent(s.card.yourChoice);
      const grades = within(screen.getByRole('group', { name: s.gradeLabel }));
      expect(grades.getByRole('button', { name: startsWith(s.grade['1']) })).toHaveTextContent(
        s.proposed,
      );
      await user.keyboard('2');
      expect(lastGrade(stores)).toBe(2);

      // The next option card, answered right: Good is proposed and Enter accepts it.
      const next = codeOnCard(lang);
      const right = optionButtons().find((b) => b.textContent?.includes(String(next)));
      await user.click(right as HTMLElement);
      expect(screen.getByText(s.card.correct)).toBeVisible();
      expect(right).toHaveTextContent(s.card.rightChoice);
      expect(
        within(screen.getByRole('group', { name: s.gradeLabel })).getByRole('button', {
          name: startsWith(s.grade['3']),
        }),
      ).toHaveTextContent(s.proposed);
      await user.keyboard('{Enter}');
      expect(lastGrade(stores)).toBe(3);
    });
  }

  for (const lang of ['zh-Hant', 'en'] as const) {
    const s = UI[lang];
    it(`${lang}: typed answers; the Enter confirming an IME candidate does not submit`, async () => {
      const knownSince = [200, 201, 204, 206];
      const opts = { limit: 3, classes: [2], mode: 'typed' as const, knownSince };
      const { user, stores } = await renderStudy(lang, opts);
      await user.click(startButton(lang));
      const input = screen.getByRole('textbox', { name: s.card.typedLabel });
      expect(input).toHaveFocus();
      const code = codeOnCard(lang);
      fireEvent.compositionStart(input);
      fireEvent.change(input, { target: { value: String(code) } });
      fireEvent.keyDown(input, { key: 'Enter', keyCode: 229, isComposing: true });
      expect(screen.queryByText(s.card.correct)).not.toBeInTheDocument();
      fireEvent.compositionEnd(input);
      await user.keyboard('{Enter}');
      expect(screen.getByText(s.card.correct)).toBeVisible();
      await user.keyboard('{Enter}');
      expect(lastGrade(stores)).toBe(3);

      // Digits typed while focus is elsewhere still fill the answer.
      (document.activeElement as HTMLElement).blur();
      await user.keyboard('999{Enter}');
      expect(screen.getByText(s.card.wrong)).toBeVisible();
      expect(
        within(screen.getByRole('group', { name: s.gradeLabel })).getByRole('button', {
          name: startsWith(s.grade['1']),
        }),
      ).toHaveClass('grade--proposed');
    });
  }

  it('en: empty state names the time to come back, and more new cards can be studied', async () => {
    const { user } = await renderStudy('en', { limit: 1, classes: [1] });
    await user.click(screen.getByRole('button', { name: 'Start studying (1 card)' }));
    await user.keyboard(' 4'); // Easy: straight to review, days away.
    expect(await screen.findByRole('heading', { name: 'Session complete' })).toHaveFocus();
    expect(screen.getByText('1 answer on 1 card')).toBeVisible();
    expect(screen.getByText(/Accuracy: 100%/)).toBeVisible();
    expect(screen.getByText(/^Next review:/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Back to today’s overview' }));
    expect(screen.getByText(/^Nothing due — come back at/)).toBeVisible();
    expect(screen.getByText(/You have studied today’s 1 new card\./)).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Start studying/ })).not.toBeInTheDocument();
    // The other 1xx codes are new today; 101's other kinds wait for tomorrow.
    await user.click(screen.getByRole('button', { name: 'Study 4 more new cards' }));
    expect(screen.getByRole('button', { name: 'Start studying (4 cards)' })).toBeVisible();
  });

  it('en: a leech says so on its back and can be suspended instead of graded', async () => {
    const { user, stores } = await renderStudy('en', { limit: 0, classes: [4] });
    act(() => {
      const p = stores.progress.getState();
      p.updateSettings({ leechThreshold: 1 });
      p.answer('400:recall', 4, 0); // Easy: review
      p.answer('400:recall', 1, 0); // Again: a lapse, the first and (threshold 1) a leech
    });
    expect(stores.progress.getState().cards['400:recall']?.leech).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Start studying (1 card)' }));
    await user.keyboard(' ');
    expect(screen.getByText(/^Leech: you have forgotten this card 1 time\./)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Suspend this card' }));
    expect(stores.progress.getState().cards['400:recall']?.suspended).toBe(true);
    expect(stores.progress.getState().log.filter(isReview)).toHaveLength(2);
    // Nothing else was due: the session is over, back on the overview with nothing to start.
    expect(screen.queryByRole('button', { name: /^Start studying/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Study 10 more new cards' })).toBeVisible();
  });

  it('zh-Hans: ? opens the shortcuts as a dialog; Esc closes it, a second Esc asks before ending the session', async () => {
    const { user } = await renderStudy('zh-Hans', { limit: 2, classes: [3] });
    await user.click(startButton('zh-Hans'));
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: '键盘快捷键' });
    expect(within(dialog).getByRole('button', { name: '关闭' })).toHaveFocus();
    expect(within(dialog).getByText('撤销上一次作答')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '显示答案' })).toBeVisible();
    // A slip of Esc does not end a session with cards left: it asks, and keeping on is the default.
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: '结束本次学习？' });
    expect(within(ask).getByText(/今天还有 2 张卡片待学/)).toBeVisible();
    await user.click(within(ask).getByRole('button', { name: '继续学习' }));
    expect(screen.getByRole('button', { name: '显示答案' })).toBeVisible();
    await user.keyboard('{Escape}');
    await user.click(
      within(await screen.findByRole('dialog', { name: '结束本次学习？' })).getByRole('button', {
        name: '结束学习',
      }),
    );
    expect(startButton('zh-Hans')).toBeVisible();
  });
});
