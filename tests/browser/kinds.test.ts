import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardState, LogEntry } from '../../src/domain/card-model';
import { emptyProgress, exportProgress } from '../../src/domain/progress-file';
import { createScheduler, newCardState } from '../../src/domain/scheduler';
import { DEFAULT_STUDY_SETTINGS } from '../../src/domain/study-settings';
import { axeViolations } from './axe-check';
import { baseUrl, launchBrowser, openPage } from './browser';
import { seedProgress } from './seed-progress';

// The four kinds of issue 15 in Chromium on a 360 px phone: a session on 405 (whose recall card, and
// 501's, graduated yesterday) meets header, wire, duel and behaviour cards; axe-core finds nothing on
// the front or the back of any of them, in light and dark.

const DAY = 86_400_000;

/** Saved progress in which these codes' recall cards were learnt (Easy) yesterday morning. */
function graduatedYesterday(codes: readonly number[]): string {
  const settings = { ...DEFAULT_STUDY_SETTINGS, enableFuzz: false };
  const scheduler = createScheduler(settings);
  const morning = new Date();
  morning.setHours(9, 0, 0, 0);
  const at = morning.getTime() - DAY;
  const cards: Record<string, CardState> = {};
  const log: LogEntry[] = [];
  codes.forEach((code, i) => {
    const id = `${code}:recall`;
    const result = scheduler.grade(newCardState(id, at), 4, at + i * 60_000, 5000);
    cards[id] = result.card;
    log.push(result.log);
  });
  return JSON.stringify(exportProgress({ ...emptyProgress(settings), cards, log }));
}

const KIND_OF_HEADING: [RegExp, string][] = [
  [/^Which header|^Which status code (MUST|SHOULD) send/, 'header'],
  [/^What is the status code of this response|breaks one rule|prints the reason phrase/, 'wire'],
  [/^Which of the two fits/, 'duel'],
  [
    /fetch\(\)|shared cache|carry content|should a client do|repeat it automatically|send by default/,
    'behaviour',
  ],
];

/** The kind of the card on screen, told by its question (undefined for recall, reverse, scenario). */
async function kindOnScreen(page: Page): Promise<string | undefined> {
  const heading = page.locator('main .card h2').first();
  await heading.waitFor({ state: 'visible' });
  await page.waitForFunction(() => {
    const h = document.querySelector('main .card h2');
    return h && !/^Loading/.test(h.textContent ?? '');
  });
  const text = (await heading.textContent()) ?? '';
  return KIND_OF_HEADING.find(([pattern]) => pattern.test(text))?.[1];
}

/** No sideways scroll on the phone. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the new card kinds on a phone', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`a session on 405 meets every kind at 360 px, axe finds nothing front and back (${colorScheme})`, async () => {
      const { context, page, errors } = await openPage(browser, {
        locale: 'en-US',
        colorScheme,
        viewport: { width: 360, height: 740 },
        hasTouch: true,
        isMobile: true,
      });
      await seedProgress(context, graduatedYesterday([405, 501, 404]));
      await page.goto(`${baseUrl()}/study?code=405`);
      await page.locator('main .card').first().waitFor({ state: 'visible' });
      const met = new Set<string>();
      const violations: string[] = [];
      for (let n = 0; n < 14; n++) {
        if ((await page.locator('main .card').count()) === 0) break;
        const kind = await kindOnScreen(page);
        const reveal = page.getByRole('button', { name: 'Show answer' });
        const options = page.locator('main .answer-choices button');
        if (kind) {
          met.add(kind);
          await options.first().waitFor({ state: 'visible' });
          await page.waitForLoadState('networkidle');
          violations.push(...(await axeViolations(page, `${kind} front (${colorScheme})`)));
          expect(await fitsWidth(page), `${kind} front fits 360 px`).toBe(true);
        }
        if (await reveal.isVisible()) await reveal.tap();
        else await options.first().tap();
        const grades = page.getByRole('group', { name: 'How well did you remember?' });
        await grades.waitFor({ state: 'visible' });
        if (kind) {
          await page.waitForLoadState('networkidle');
          await page.locator('main .card-back h3').first().waitFor({ state: 'visible' });
          violations.push(...(await axeViolations(page, `${kind} back (${colorScheme})`)));
          expect(await fitsWidth(page), `${kind} back fits 360 px`).toBe(true);
        }
        await grades.getByRole('button', { name: /^Good/ }).tap();
        // The next card's front, or the session's end.
        await page.waitForFunction(() => !document.querySelector('main .card-back'));
      }
      expect([...met].sort()).toEqual(['behaviour', 'duel', 'header', 'wire']);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
