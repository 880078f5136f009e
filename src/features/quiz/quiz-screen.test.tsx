import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import en from '../../../data/locales/en.json';
import zhHant from '../../../data/locales/zh-Hant.json';
import { renderApp, type RenderedApp } from '../../../tests/render';
import type { LocaleTexts } from '../../domain/dataset-schema';

const NAMES: Record<string, LocaleTexts> = { en, 'zh-Hant': zhHant } as Record<string, LocaleTexts>;

/** The screen's own live region (the shell has status regions of its own). */
const live = () => within(screen.getByRole('main')).getByRole('status');

/** The code whose name the current "name → code" question shows. */
function askedCode(lang: string): number {
  const name = document.querySelector('.card-prompt__name')?.textContent;
  const entry = Object.entries(NAMES[lang]?.codes ?? {}).find(([, t]) => t.name === name);
  if (!entry) throw new Error(`no code named ${name}`);
  return Number(entry[0]);
}

async function setUpQuiz(
  app: RenderedApp,
  labels: { cat1: RegExp; cat4: RegExp; type: RegExp; others: RegExp[]; start: string },
) {
  const { user } = app;
  // Only 4xx, only name → code.
  for (const other of [/^1xx/, /^2xx/, /^3xx/, /^5xx/])
    await user.click(screen.getByRole('checkbox', { name: other }));
  expect(screen.getByRole('checkbox', { name: labels.cat4 })).toBeChecked();
  for (const other of labels.others)
    await user.click(screen.getByRole('checkbox', { name: other }));
  expect(screen.getByRole('checkbox', { name: labels.type })).toBeChecked();
  await user.click(screen.getByRole('button', { name: labels.start }));
}

describe('Quiz screen', () => {
  it('en: setup → 10 questions answered right and wrong by mouse and keys → results → retry missed', async () => {
    const app = await renderApp({ language: 'en', path: '/quiz' });
    const { user, stores } = app;
    await setUpQuiz(app, {
      cat1: /^1xx/,
      cat4: /^4xx/,
      type: /Name → code/,
      others: [/Code → name/, /Situation → code/],
      start: 'Start quiz',
    });

    const missed: number[] = [];
    for (let i = 0; i < 10; i++) {
      expect(screen.getByRole('progressbar', { name: 'Quiz progress' })).toHaveAttribute(
        'aria-valuetext',
        `Question ${i + 1} of 10`,
      );
      const heading = screen.getByRole('heading', { name: 'Which status code has this name?' });
      expect(heading).toHaveFocus();
      const code = askedCode('en');
      expect(Math.floor(code / 100)).toBe(4);
      const options = within(screen.getByRole('list', { name: /Which status code/ })).getAllByRole(
        'button',
      );
      expect(options).toHaveLength(4);
      const rightIndex = options.findIndex((b) => b.textContent?.includes(String(code)));
      expect(rightIndex).toBeGreaterThanOrEqual(0);
      if (i % 3 === 0) {
        // Wrong, by keyboard letter.
        const wrong = (rightIndex + 1) % 4;
        await user.keyboard('ABCD'[wrong] ?? 'A');
        missed.push(code);
        expect(screen.getByText('Not quite.')).toBeInTheDocument();
        expect(live()).toHaveTextContent(`The answer is ${code}`);
        expect(options[wrong]).toHaveTextContent('(your answer)');
      } else if (i % 3 === 1) {
        await user.keyboard(String(rightIndex + 1));
        expect(screen.getByText('Correct!')).toBeInTheDocument();
      } else {
        await user.click(options[rightIndex] as HTMLElement);
        expect(live()).toHaveTextContent(`Correct: ${code}`);
      }
      // The lesson teaches the answer, and focus moved to it.
      const lessonTitle = screen.getByRole('heading', { level: 3, name: new RegExp(`^${code}`) });
      expect(lessonTitle).toHaveFocus();
      expect(options[rightIndex]).toHaveTextContent('(right answer)');
      if (i < 9) await user.keyboard('{Enter}');
      else await user.click(screen.getByRole('button', { name: 'See results' }));
    }

    expect(screen.getByRole('heading', { name: 'Results' })).toHaveFocus();
    expect(screen.getByText('6 of 10 correct (60%)')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'By category' });
    expect(within(table).getByRole('row', { name: /4xx/ })).toHaveTextContent('6 / 10');
    const missedList = screen.getByRole('heading', { name: 'Missed questions' })
      .nextElementSibling as HTMLElement;
    const items = within(missedList).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    for (const [n, code] of missed.entries())
      expect(items[n]).toHaveTextContent(new RegExp(`Right answer\\s*${code}`));
    // Quiz answers counted as reviews (the default setting).
    expect(stores.progress.getState().log).toHaveLength(10);

    await user.click(screen.getByRole('button', { name: 'Retry the 4 missed questions' }));
    expect(screen.getByRole('progressbar', { name: 'Quiz progress' })).toHaveAttribute(
      'aria-valuetext',
      'Question 1 of 4',
    );
    const retried = new Set<number>();
    for (let i = 0; i < 4; i++) {
      const code = askedCode('en');
      retried.add(code);
      const options = within(screen.getByRole('list', { name: /Which status code/ })).getAllByRole(
        'button',
      );
      await user.click(options.find((b) => b.textContent?.includes(String(code))) as HTMLElement);
      await user.keyboard('{Enter}');
    }
    expect([...retried].sort()).toEqual([...missed].sort());
    expect(screen.getByText('4 of 4 correct (100%)')).toBeInTheDocument();
    expect(screen.getByText('No mistakes. Well done!')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Retry the same quiz' }));
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', 'Question 1 of 4');
  }, 30_000);

  it('zh-Hant: typed answers, including one confirmed through an IME composition', async () => {
    const app = await renderApp({ language: 'zh-Hant', path: '/quiz' });
    const { user } = app;
    await user.click(screen.getByRole('radio', { name: '輸入' }));
    await user.click(screen.getByRole('radio', { name: '全部' }));
    await setUpQuiz(app, {
      cat1: /^1xx/,
      cat4: /^4xx/,
      type: /名稱 → 狀態碼/,
      others: [/狀態碼 → 名稱/, /情境 → 狀態碼/],
      start: '開始測驗',
    });

    // 1: digits typed through an IME: the Enter that confirms the candidate must not submit.
    const input = screen.getByRole('textbox', { name: '狀態碼（三位數字）' });
    expect(input).toHaveFocus();
    const first = askedCode('zh-Hant');
    fireEvent.compositionStart(input);
    fireEvent.change(input, {
      target: { value: `${first}`.replace(/\d/g, (d) => '０１２３４５６７８９'[+d] ?? d) },
    });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true });
    expect(screen.queryByText('答對了！')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '狀態碼（三位數字）' })).toBeInTheDocument();
    fireEvent.compositionEnd(input);
    // Safari order: compositionend, then the confirming keydown with keyCode 229.
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 229 });
    expect(screen.queryByText('答對了！')).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByText('答對了！')).toBeInTheDocument();
    expect(live()).toHaveTextContent(`答對了：${first}`);
    await user.keyboard('{Enter}');

    // 2: too short an answer gets a message and keeps the text.
    const second = askedCode('zh-Hant');
    await user.keyboard('40');
    await user.keyboard('{Enter}');
    expect(screen.getByText('請輸入三位數字，例如 404。')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '狀態碼（三位數字）' })).toHaveValue('40');
    // 3: a wrong three-digit answer, typed with focus elsewhere (digits still land in the field).
    await user.clear(screen.getByRole('textbox', { name: '狀態碼（三位數字）' }));
    (document.activeElement as HTMLElement).blur();
    const wrong = second === 499 ? 498 : second + 1;
    await user.keyboard(String(wrong));
    await user.keyboard('{Enter}');
    expect(screen.getByText('不太對。')).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`正確答案是 ${second}。`))).toBeInTheDocument();

    // Esc leaves the quiz and returns to the setup.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: '開始測驗' })).toBeInTheDocument();
  }, 15_000);

  it('asks for a category and a question type before starting', async () => {
    const { user } = await renderApp({ language: 'en', path: '/quiz' });
    for (const c of [/^1xx/, /^2xx/, /^3xx/, /^4xx/, /^5xx/])
      await user.click(screen.getByRole('checkbox', { name: c }));
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one category.');
    expect(screen.getByRole('checkbox', { name: /^1xx/ })).toHaveFocus();
  });

  it('opens the shortcuts help as a labelled dialog that Esc closes', async () => {
    const { user } = await renderApp({ language: 'en', path: '/quiz' });
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // Esc closed only the dialog, not the quiz.
    expect(screen.getByRole('progressbar', { name: 'Quiz progress' })).toBeInTheDocument();
  });
});
