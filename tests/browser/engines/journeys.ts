import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from '../browser';
import type { Engine, SessionOptions } from '../driver/driver';
import { Session } from '../driver/session';
import { simulatedProgressText } from '../seed-progress';
import {
  answerCards,
  axeViolations,
  heading,
  savedCardCount,
  saveProgress,
  settle,
} from './journey-helpers';
import { describePwaJourneys } from './pwa-journeys';

// The learner's journeys, written once and run in each engine (chromium/firefox/webkit.test.ts), on
// the production build (`npx vite build`) that global-setup.ts serves.

const SCREENSHOTS = 'test-results/engines';

const FIRST_VISITS = [
  ['en-US', 'en', 'Study', /^Start studying \(20 cards\)$/],
  ['zh-CN', 'zh-Hans', '学习', /^开始学习（20 张卡片）$/],
  ['zh-TW', 'zh-Hant', '學習', /^開始學習（20 張卡片）$/],
] as const;

/** The value beside a term of a description list ("New" on Study, "Longest streak" on Stats). */
function termValue(s: Session, label: string): Promise<string | null> {
  return s.evaluate((name) => {
    const term = [...document.querySelectorAll('dt')].find((dt) => dt.textContent === name);
    return term?.nextElementSibling?.textContent ?? null;
  }, label);
}

/** The number under a count label ("New", "Learning") on the Study overview. */
async function overviewCount(s: Session, label: string): Promise<number> {
  const value = await termValue(s, label);
  return value === null ? NaN : Number(value);
}

/** Runs every journey in one engine; `launch` starts it once for the whole file. */
export function describeJourneys(launch: () => Promise<Engine>): void {
  let engine: Engine;
  const sessions: Session[] = [];
  /** A fresh profile in this engine, closed after the test whatever happens. */
  const open = async (options: SessionOptions = {}) => {
    const s = new Session(engine.name, await engine.open(options));
    sessions.push(s);
    return s;
  };

  beforeAll(async () => {
    engine = await launch();
  });
  // A failed journey leaves what the learner saw in test-results/engines/.
  afterEach(async ({ task }) => {
    const ended = sessions.splice(0);
    if (task.result?.state === 'fail') {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const name = task.name.replace(/[^\w-]+/g, '-').slice(0, 80);
      for (const [i, s] of ended.entries())
        await s.screenshot(join(SCREENSHOTS, `${engine.name}-${name}-${i}.png`)).catch(() => {});
    }
    await Promise.all(ended.map((s) => s.close().catch(() => undefined)));
  });
  afterAll(async () => {
    await engine?.close();
  });

  describe('journeys', () => {
    for (const [locale, lang, title, start] of FIRST_VISITS)
      it(`first visit with the browser in ${locale} shows ${lang}; Study has no axe violation`, async () => {
        const s = await open({ locale });
        await s.goto(`${baseUrl()}/`);
        await expect.poll(() => heading(s)).toBe(title);
        expect(await s.attribute('html', 'lang')).toBe(lang);
        await s.waitFor({ role: 'button', name: start });
        await settle(s);
        expect(await axeViolations(s, `${lang} /study`)).toEqual([]);
        expect(await s.errors()).toEqual([]);
      });

    it('studies 10 cards, by pointer and keyboard in turn; a reload keeps the progress', async () => {
      const s = await open();
      await s.goto(`${baseUrl()}/`);
      await expect.poll(() => overviewCount(s, 'New')).toBe(20);
      await s.click({ role: 'button', name: 'Start studying (20 cards)' });
      await s.waitFor({ role: 'button', name: 'Show answer' });
      const found = await axeViolations(s, 'card front');
      await answerCards(s, 10, 'alternate');
      expect(await savedCardCount(s)).toBe(10);
      const help = { role: 'dialog', name: 'Keyboard shortcuts' } as const;
      await s.press('?');
      await s.waitFor(help);
      found.push(...(await axeViolations(s, 'shortcuts dialog')));
      await s.press('Escape');
      await s.waitForGone(help);
      await s.reload();
      await expect.poll(() => overviewCount(s, 'New')).toBeLessThan(20);
      expect(await overviewCount(s, 'Learning')).toBeGreaterThan(0);
      expect(await savedCardCount(s)).toBe(10);
      expect(found).toEqual([]);
      expect(await s.errors()).toEqual([]);
    });

    it('takes a 10-question quiz to its results, by pointer and keyboard in turn', async () => {
      const s = await open();
      await s.goto(`${baseUrl()}/quiz`);
      await s.click({ role: 'radio', name: '10 questions' });
      await s.click({ role: 'button', name: 'Start quiz' });
      const found: string[] = [];
      for (let i = 1; i <= 10; i++) {
        await expect
          .poll(() => s.attribute('[role=progressbar]', 'aria-valuetext'))
          .toBe(`Question ${i} of 10`);
        await s.waitFor({ css: '.answer-choices button' });
        if (i === 1) found.push(...(await axeViolations(s, 'quiz question')));
        if (i % 2) await s.click({ css: '.answer-choices button' });
        else await s.press('1');
        const next = { role: 'button', name: i < 10 ? 'Next question' : 'See results' } as const;
        await s.waitFor(next);
        if (i % 2) await s.click(next);
        else await s.press('Enter');
      }
      await s.waitFor({ role: 'heading', name: 'Results' });
      // Focus moves to the results, so that keyboard and screen-reader users land on them.
      await expect
        .poll(() => s.evaluate(() => document.activeElement?.textContent, null))
        .toBe('Results');
      const score = await s.text('.quiz-results__score');
      expect(score).toMatch(/^\d+ of 10 correct/);
      found.push(...(await axeViolations(s, 'quiz results')));
      expect(found).toEqual([]);
      expect(await s.errors()).toEqual([]);
    });

    it('types a quiz answer through an input method: the Enter that confirms the candidate does not check it', async () => {
      const s = await open();
      await s.goto(`${baseUrl()}/quiz`);
      // Name → code only: every question is then answered with a code.
      for (const other of [
        'Code → name',
        'Situation → code',
        'Header',
        'Raw exchange',
        'Duel',
        'Behaviour',
      ])
        await s.click({ role: 'checkbox', name: other });
      await s.click({ role: 'radio', name: 'Typing' });
      await s.click({ role: 'button', name: 'Start quiz' });
      const field = { role: 'textbox', name: 'Status code (three digits)' } as const;
      await s.click(field);
      await s.compose('４０４');
      await expect
        .poll(() => s.evaluate(() => (document.activeElement as HTMLInputElement).value, null))
        .toBe('４０４');
      // Still the question: the candidate's Enter neither checked the answer nor flagged it invalid.
      expect(await s.count({ css: '.verdict' })).toBe(0);
      expect(await s.attribute('input[aria-invalid]', 'aria-invalid')).toBeNull();
      await s.press('Enter');
      await s.waitFor({ css: '.verdict' });
      expect(await s.text('.verdict')).toMatch(/Correct!|answered 404 /);
      expect(await s.errors()).toEqual([]);
    });

    it('searches Browse in Chinese and opens a deep link to a code page', async () => {
      const s = await open({ locale: 'zh-CN' });
      await s.goto(`${baseUrl()}/browse`);
      await settle(s);
      const found = await axeViolations(s, '/browse');
      await s.fill({ role: 'searchbox', name: '搜索状态码' }, '未找到');
      await expect.poll(() => s.attribute('.code-list a', 'href')).toBe('/browse/404');
      await s.goto(`${baseUrl()}/browse/404`);
      await expect.poll(() => heading(s)).toBe('状态码 404');
      await s.waitFor({ role: 'heading', name: /404 .*未找到/ });
      await s.reload();
      await expect.poll(() => heading(s)).toBe('状态码 404');
      await settle(s);
      found.push(...(await axeViolations(s, '/browse/404')));
      await s.click({ role: 'link', name: /^410 / });
      await expect.poll(() => heading(s)).toBe('状态码 410');
      expect(new URL(await s.url()).pathname).toBe('/browse/410');
      expect(found).toEqual([]);
      expect(await s.errors()).toEqual([]);
    });

    it('exports progress from Settings and imports it into a fresh profile; Stats shows it', async () => {
      const first = await open();
      await first.goto(`${baseUrl()}/settings`);
      await saveProgress(first, simulatedProgressText(10, 20));
      await settle(first);
      const found = await axeViolations(first, '/settings');
      const file = await first.download({ role: 'button', name: 'Download progress (JSON)' });
      expect(file.name).toMatch(/^http-status-trainer-progress-\d{4}-\d\d-\d\d\.json$/);
      const path = join(tmpdir(), `hst-${engine.name}-${file.name}`);
      writeFileSync(path, file.text);
      await first.close();

      const second = await open();
      await second.goto(`${baseUrl()}/settings`);
      await second.click({ role: 'radio', name: /^Replace my progress/ });
      await second.setInputFile({ css: 'input[type=file]' }, path);
      const dialog = { role: 'dialog', name: 'Replace your progress with this file?' } as const;
      await second.click({ role: 'button', name: 'Replace', within: dialog });
      await second.waitFor({ text: 'Imported. Your review log now holds 200 reviews.' });
      await second.reload();
      await second.click({ role: 'link', name: 'Stats' });
      await expect.poll(() => termValue(second, 'Longest streak')).toBe('10 days');
      await settle(second);
      found.push(...(await axeViolations(second, '/stats')));
      // The dark theme, chosen in Settings (not every engine's driver can emulate the system's).
      await second.click({ role: 'link', name: 'Settings' });
      await second.selectOption({ role: 'combobox', name: 'Theme' }, 'dark');
      await expect.poll(() => second.attribute('html', 'data-theme')).toBe('dark');
      await second.click({ role: 'link', name: 'Stats' });
      await expect.poll(() => termValue(second, 'Longest streak')).toBe('10 days');
      await settle(second);
      found.push(...(await axeViolations(second, '/stats dark')));
      expect(found).toEqual([]);
      expect(await second.errors()).toEqual([]);
    });
  });

  describePwaJourneys(() => engine, open);
}
