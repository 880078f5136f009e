import type { Browser, CDPSession, Page } from 'playwright-core';
import { answerCards } from './study-page';

/** User Timing names the screens record (src/features/study/paint-marks.ts, src/features/browse/use-search-timing.ts). */
export const ANSWER_MEASURE = 'answer-to-card';
export const ANSWER_COMMIT_MEASURE = 'answer-to-commit';
export const SEARCH_MEASURE = 'browse-search';

export interface InteractionRun {
  /** Each answer's time to the next card painted, ms (empty when the Study screen records none). */
  answerToCard: number[];
  /** Each answer's main-thread time until React committed the next card, ms. */
  answerToCommit: number[];
  /** Each search keystroke's time to its results committed, ms. */
  searchKeystroke: number[];
  /** JS heap used after the first screen is up and idle, bytes. */
  heapAfterLoad: number;
  /** JS heap used after the answers, bytes. */
  heapAfterAnswers: number;
  notes: string[];
}

/** JS heap used after a forced garbage collection (CDP), in bytes. */
export async function usedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('CDP Performance.getMetrics gave no JSHeapUsedSize');
  return used;
}

async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate(
    (n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration),
    name,
  );
}

/**
 * Settings that let one visit answer hundreds of cards (100 new cards a day, unofficial codes too),
 * changed through the Settings screen reached by the header's link, then back to Study the same way.
 */
async function allowManyNewCards(page: Page): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Settings' }).click();
  const limit = page.getByLabel('New cards per day', { exact: true });
  await limit.fill('100');
  await limit.press('Tab');
  const unofficial = page.getByLabel(/Include unofficial codes/);
  if (!(await unofficial.isChecked())) await unofficial.check();
  await nav.getByRole('link', { name: 'Study' }).click();
  await page.locator('.study-start').waitFor({ state: 'visible', timeout: 15_000 });
}

/** Search keystrokes in Browse: queries typed one key at a time, each cleared with Backspace. */
const QUERIES = ['not found', 'gateway', 'redirect', 'teapot', 'too many', '404', '50', 'auth'];

async function typeSearches(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/browse`);
  const box = page.getByRole('searchbox').first();
  await box.waitFor({ state: 'visible', timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await box.focus();
  for (const query of QUERIES) {
    for (const key of query) {
      await page.keyboard.type(key);
      await page.waitForTimeout(30);
    }
    for (let i = 0; i < query.length; i++) {
      await page.keyboard.press('Backspace');
      await page.waitForTimeout(30);
    }
  }
  await page.waitForTimeout(100);
}

/**
 * One interaction run in a fresh context (own storage, as a first visit): heap after the first load of
 * /study (idle-time loads done), then `answers` answers in Study (after raising the day's new-card
 * limit in Settings), heap after them, then search keystrokes in Browse.
 */
export async function interactionRun(
  browser: Browser,
  baseUrl: string,
  answers: number,
): Promise<InteractionRun> {
  const notes: string[] = [];
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    // The first page of the context: nothing else has run in this renderer yet.
    await page.goto(`${baseUrl}/study`);
    await page.locator('.study-start').waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    const heapAfterLoad = await usedHeap(cdp);
    await allowManyNewCards(page);

    await page.evaluate(() => performance.clearMeasures());
    // A session's last answer shows the summary, not a card: answer until `answers` measures exist
    // (or twice as many answers, should the Study screen record none).
    await answerCards(
      page,
      async (n) => n >= 2 * answers || (await measures(page, ANSWER_MEASURE)).length >= answers,
    );
    await page.waitForTimeout(50);
    const answerToCard = (await measures(page, ANSWER_MEASURE)).slice(0, answers);
    if (answerToCard.length === 0) notes.push(`no "${ANSWER_MEASURE}" measures recorded`);
    const answerToCommit = (await measures(page, ANSWER_COMMIT_MEASURE)).slice(0, answers);
    const heapAfterAnswers = await usedHeap(cdp);

    let searchKeystroke: number[] = [];
    try {
      await page.evaluate(() => performance.clearMeasures());
      await typeSearches(page, baseUrl);
      searchKeystroke = await measures(page, SEARCH_MEASURE);
      if (searchKeystroke.length === 0) notes.push(`no "${SEARCH_MEASURE}" measures recorded`);
    } catch (error) {
      notes.push(`search: ${(error as Error).message.split('\n')[0] ?? ''}`);
    }
    return {
      answerToCard,
      answerToCommit,
      searchKeystroke,
      heapAfterLoad,
      heapAfterAnswers,
      notes,
    };
  } finally {
    await context.close();
  }
}
