import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import en from '../../../data/locales/en.json';
import zhHans from '../../../data/locales/zh-Hans.json';
import zhHant from '../../../data/locales/zh-Hant.json';
import { renderApp, type RenderedApp } from '../../../tests/render';
import { isReview } from '../../domain/card-model';
import type { LocaleTexts } from '../../domain/dataset-schema';
import type { Language } from '../../domain/language';
import { createMemoryStorage } from '../../state/app-env';
import { STUDY_PREFS_KEY } from './study-prefs';

const TEXTS = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant } as unknown as Record<
  Language,
  LocaleTexts
>;

/** The code the card on screen asks about, read from its front (code, name or scenario). */
function codeOnCard(lang: Language): number {
  const main = screen.getByRole('main');
  const code = main.querySelector('.card-prompt__code')?.textContent;
  if (code) return Number(code);
  const name = main.querySelector('.card-prompt__name')?.textContent;
  const scenario = main.querySelector('.card-prompt__scenario')?.textContent;
  const hit = Object.entries(TEXTS[lang].codes).find(
    ([, t]) => t.name === name || (scenario !== undefined && t.scenarios.includes(scenario ?? '')),
  );
  if (!hit) throw new Error('no card on screen');
  return Number(hit[0]);
}

/** The grade of the latest review in the log. */
function lastGrade(stores: RenderedApp['stores']): number | undefined {
  const entry = stores.progress.getState().log.at(-1);
  return entry && isReview(entry) ? entry.grade : undefined;
}

const live = () => within(screen.getByRole('main')).getByRole('status');

/** Renders Study with a small day: `limit` new cards a day from the given classes, no fuzz. */
async function renderStudy(
  lang: Language,
  opts: { limit: number; classes: number[]; mode?: 'choice' | 'typed' },
): Promise<RenderedApp> {
  const storage = createMemoryStorage({
    [STUDY_PREFS_KEY]: JSON.stringify({ classes: opts.classes, mode: opts.mode ?? 'choice' }),
  });
  const app = await renderApp({ language: lang, path: '/study', storage });
  act(() =>
    app.stores.progress.getState().updateSettings({ dailyNewLimit: opts.limit, enableFuzz: false }),
  );
  return app;
}

const STRINGS = {
  en: {
    start: /^Start studying/,
    reveal: 'Show answer',
    summary: 'Session complete',
    progress: 'Session progress',
    new: 'New',
    again: /^Again/,
    good: /^Good/,
    studied: (n: number) => `${n} cards studied`,
  },
  'zh-Hans': {
    start: /^开始学习/,
    reveal: '显示答案',
    summary: '本次学习完成',
    progress: '本次学习进度',
    new: '新卡片',
    again: /^重来/,
    good: /^良好/,
    studied: (n: number) => `学习了 ${n} 张卡片`,
  },
} as const;

describe('Study screen', () => {
  for (const lang of ['en', 'zh-Hans'] as const) {
    const s = STRINGS[lang];
    it(`${lang}: a full session by keyboard alone, counts matching what the session holds`, async () => {
      const { user, stores } = await renderStudy(lang, { limit: 4, classes: [1, 2] });
      const counts = screen.getByRole('heading', { level: 2 }).nextElementSibling as HTMLElement;
      expect(within(counts).getByText(s.new).nextElementSibling).toHaveTextContent('4');
      const start = screen.getByRole('button', { name: s.start });
      expect(start).toHaveTextContent('4');
      for (let i = 0; i < 40 && document.activeElement !== start; i++) await user.tab();
      await user.keyboard('{Enter}');

      expect(screen.getByRole('progressbar', { name: s.progress })).toHaveAttribute(
        'aria-valuemax',
        '4',
      );
      let answers = 0;
      let wrongOnce = false;
      while (!screen.queryByRole('heading', { name: s.summary }) && answers < 30) {
        const code = codeOnCard(lang);
        if (screen.queryByRole('button', { name: s.reveal })) {
          await user.keyboard(' ');
          expect(
            screen.getByRole('heading', { level: 3, name: new RegExp(`^${code}`) }),
          ).toHaveFocus();
          await user.keyboard('3');
        } else {
          const options = within(screen.getByRole('main')).getAllByRole('button', {
            name: /^[A-D]/,
          });
          const right = options.findIndex((b) => b.textContent?.includes(String(code)));
          // One wrong pick (by letter): Enter then accepts the proposed Again.
          const pick = wrongOnce ? right : (right + 1) % 4;
          await user.keyboard(wrongOnce ? String(pick + 1) : ('abcd'[pick] ?? 'a'));
          const proposed = within(screen.getByRole('group', { name: /./ })).getByRole('button', {
            name: wrongOnce ? s.good : s.again,
          });
          expect(proposed).toHaveClass('grade--proposed');
          wrongOnce = true;
          await user.keyboard('{Enter}');
        }
        answers++;
      }
      expect(screen.getByRole('heading', { name: s.summary })).toHaveFocus();
      // Each new card is seen twice at least (learning step), plus the relearning of the wrong one.
      expect(answers).toBeGreaterThan(4);
      expect(stores.progress.getState().log).toHaveLength(answers);
      expect(screen.getByText(s.studied(answers))).toBeInTheDocument();
    }, 30_000);
  }

  it('shows each grade’s next interval, grades by click, and undoes with Z and Ctrl+Z', async () => {
    const { user, stores } = await renderStudy('en', { limit: 2, classes: [4] });
    await user.click(screen.getByRole('button', { name: /^Start studying/ }));
    const first = codeOnCard('en');
    expect(first).toBe(400);
    await user.click(screen.getByRole('button', { name: 'Show answer' }));
    expect(live()).toHaveTextContent('Answer shown');
    const grades = within(screen.getByRole('group', { name: 'How well did you remember?' }));
    expect(grades.getByRole('button', { name: /^Again/ })).toHaveTextContent('Again1 min');
    expect(grades.getByRole('button', { name: /^Good/ })).toHaveTextContent('Good10 min');
    expect(grades.getByRole('button', { name: /^Easy/ })).toHaveTextContent(/Easy\d+ d/);
    // The back teaches: name, example, contrasts, RFC link.
    expect(screen.getByRole('heading', { name: '400 Bad Request' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /RFC 9110, section 15\.5\.1/ })).toHaveAttribute(
      'href',
      'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1',
    );
    await user.click(grades.getByRole('button', { name: /^Good/ }));
    expect(live()).toHaveTextContent('Good: next review in 10 min.');
    expect(stores.progress.getState().log).toHaveLength(1);
    expect(stores.progress.getState().cards['400:recall']?.state).toBe('learning');
    const second = codeOnCard('en');

    await user.keyboard('z');
    expect(stores.progress.getState().log).toHaveLength(0);
    expect(stores.progress.getState().cards['400:recall']).toBeUndefined();
    expect(codeOnCard('en')).toBe(first);
    expect(screen.getByRole('button', { name: 'Show answer' })).toBeInTheDocument();
    expect(live()).toHaveTextContent('Undone: card 400 is back.');

    await user.keyboard(' ');
    await user.keyboard('4');
    expect(stores.progress.getState().cards['400:recall']?.state).toBe('review');
    expect(codeOnCard('en')).toBe(second);
    await user.keyboard('{Control>}z{/Control}');
    expect(stores.progress.getState().log).toHaveLength(0);
    expect(codeOnCard('en')).toBe(first);
    await user.keyboard('{Control>}z{/Control}');
    expect(live()).toHaveTextContent('Nothing to undo.');
  });

  it('multiple choice: a wrong pick proposes Again, the learner may change the grade', async () => {
    const { user, stores } = await renderStudy('en', { limit: 3, classes: [5] });
    await user.click(screen.getByRole('button', { name: /^Start studying/ }));
    // 500:recall, then siblings 500:reverse / 500:scenario are answered by options.
    await user.keyboard(' 3');
    const code = codeOnCard('en');
    const options = within(screen.getByRole('main')).getAllByRole('button', { name: /^[A-D]/ });
    expect(options).toHaveLength(4);
    const wrong = options.find((b) => !b.textContent?.includes(String(code))) as HTMLElement;
    await user.click(wrong);
    expect(screen.getByText('Not quite.')).toBeInTheDocument();
    expect(live()).toHaveTextContent(`The answer is ${code}`);
    expect(wrong).toHaveTextContent('(your answer)');
    expect(screen.getByRole('button', { name: /^Again.*Suggested/ })).toBeInTheDocument();
    await user.keyboard('2');
    expect(lastGrade(stores)).toBe(2);

    // The next option card, answered right: Good is proposed and Enter accepts it.
    const next = codeOnCard('en');
    const rightOption = within(screen.getByRole('main'))
      .getAllByRole('button', { name: /^[A-D]/ })
      .find((b) => b.textContent?.includes(String(next))) as HTMLElement;
    await user.click(rightOption);
    expect(screen.getByText('Correct!')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Good.*Suggested/ })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(lastGrade(stores)).toBe(3);
  });

  it('zh-Hant: typed answers; the Enter confirming an IME candidate does not submit', async () => {
    const { user, stores } = await renderStudy('zh-Hant', {
      limit: 3,
      classes: [2],
      mode: 'typed',
    });
    await user.click(screen.getByRole('button', { name: /^開始學習/ }));
    await user.keyboard(' 3'); // 200:recall
    const input = screen.getByRole('textbox', { name: '狀態碼（三位數字）' });
    expect(input).toHaveFocus();
    const code = codeOnCard('zh-Hant');
    fireEvent.compositionStart(input);
    fireEvent.change(input, { target: { value: String(code) } });
    fireEvent.keyDown(input, { key: 'Enter', keyCode: 229, isComposing: true });
    expect(screen.queryByText('答對了！')).not.toBeInTheDocument();
    fireEvent.compositionEnd(input);
    await user.keyboard('{Enter}');
    expect(screen.getByText('答對了！')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(lastGrade(stores)).toBe(3);

    // Digits typed while focus is elsewhere still fill the answer.
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('999{Enter}');
    expect(screen.getByText('不太對。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^重來.*建議/ })).toHaveClass('grade--proposed');
  });

  it('empty state: nothing due names the time to come back, and more new cards can be studied', async () => {
    const { user } = await renderStudy('en', { limit: 1, classes: [1] });
    await user.click(screen.getByRole('button', { name: /^Start studying \(1 card\)/ }));
    await user.keyboard(' 4'); // Easy: straight to review, days away.
    expect(screen.getByRole('heading', { name: 'Session complete' })).toHaveFocus();
    expect(screen.getByText('1 card studied')).toBeInTheDocument();
    expect(screen.getByText(/Accuracy: 100%/)).toBeInTheDocument();
    expect(screen.getByText(/^Next review:/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to today’s overview' }));
    expect(screen.getByText(/^Nothing due — come back at/)).toBeInTheDocument();
    expect(
      screen.getByText('You have studied today’s 1 new card.', { exact: false }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Start studying/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Study 10 more new cards' }));
    expect(
      screen.getByRole('button', { name: /^Start studying \(10 cards\)/ }),
    ).toBeInTheDocument();
  });

  it('? opens the shortcuts list as a dialog; Esc closes it, a second Esc ends the session', async () => {
    const { user } = await renderStudy('zh-Hans', { limit: 2, classes: [3] });
    await user.click(screen.getByRole('button', { name: /^开始学习/ }));
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: '键盘快捷键' });
    expect(within(dialog).getByText('撤销上一次作答')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '显示答案' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: /^开始学习/ })).toBeInTheDocument();
  });
});
