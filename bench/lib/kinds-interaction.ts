import type { Browser, Page } from 'playwright-core';
import { exportProgress, emptyProgress } from '../../src/domain/progress-file';
import { createScheduler, newCardState } from '../../src/domain/scheduler';
import { DEFAULT_STUDY_SETTINGS } from '../../src/domain/study-settings';
import type { CardState, LogEntry } from '../../src/domain/card-model';
import { CODES } from '../../src/domain/dataset';
import { PROGRESS_STORAGE_KEY } from '../../src/state/progress-persistence';
import { answerCards } from './study-page';
import { ANSWER_COMMIT_MEASURE } from './interaction';

const DAY = 86_400_000;
/** The codes whose knowledge is filled in this branch (issue 15's worked examples). */
const KNOWLEDGE_CODES = [206, 301, 304, 401, 405, 503];

/** Saved progress in which every registered code's recall card graduated yesterday. */
function graduatedYesterday(): string {
  const settings = { ...DEFAULT_STUDY_SETTINGS, enableFuzz: false };
  const scheduler = createScheduler(settings);
  const morning = new Date();
  morning.setHours(9, 0, 0, 0);
  const at = morning.getTime() - DAY;
  const cards: Record<string, CardState> = {};
  const log: LogEntry[] = [];
  CODES.filter((c) => c.status !== 'unofficial').forEach(({ code }, i) => {
    const id = `${code}:recall`;
    const result = scheduler.grade(newCardState(id, at), 4, at + i * 1000, 5000);
    cards[id] = result.card;
    log.push(result.log);
  });
  return JSON.stringify(exportProgress({ ...emptyProgress(settings), cards, log }));
}

async function kindMeasures(page: Page): Promise<[string, number][]> {
  return page.evaluate(
    (name) =>
      performance
        .getEntriesByName(name, 'measure')
        .map((e) => [String((e as PerformanceMeasure).detail?.kind ?? '?'), e.duration]),
    ANSWER_COMMIT_MEASURE,
  );
}

/**
 * Answer → next card committed (main thread), per kind of the next card: `rounds` focus sessions on
 * each code with knowledge (every kind of it: header, wire, duels, behaviour and the first three),
 * with every recall card graduated the day before. Returns the durations per kind.
 */
export async function kindsInteractionRun(
  browser: Browser,
  baseUrl: string,
  rounds: number,
): Promise<Record<string, number[]>> {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  await context.addInitScript(
    ({ key, value }) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    { key: PROGRESS_STORAGE_KEY, value: graduatedYesterday() },
  );
  const page = await context.newPage();
  const out: Record<string, number[]> = {};
  try {
    for (let round = 0; round < rounds; round++)
      for (const code of KNOWLEDGE_CODES) {
        await page.goto(`${baseUrl}/study?code=${code}`);
        await page.locator('section.card').waitFor({ state: 'visible', timeout: 15_000 });
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => performance.clearMeasures());
        // Done once the summary is up; the next card or the summary (a lazy chunk) must be there
        // first, or answerCards would take the summary for a new session and leave it.
        await answerCards(page, async () => {
          await page
            .locator('.study-summary, section.card .card-prompt__question')
            .first()
            .waitFor({ state: 'visible', timeout: 15_000 });
          return page.locator('.study-summary').isVisible();
        });
        for (const [kind, ms] of await kindMeasures(page)) (out[kind] ??= []).push(ms);
      }
    return out;
  } finally {
    await context.close();
  }
}
