import type { BrowserContext } from 'playwright-core';
import { CODES } from '../../src/domain/dataset';
import { exportProgress } from '../../src/domain/progress-file';
import { simulateStudy } from '../../src/domain/simulate';
import { PROGRESS_STORAGE_KEY } from '../../src/state/progress-persistence';

const DAY = 86_400_000;

/** Saved progress of `days` days of study ending yesterday, as the app stores it (seeded, reproducible). */
export function simulatedProgressText(days = 60, reviewsPerDay = 40): string {
  const morning = new Date();
  morning.setHours(9, 0, 0, 0);
  const progress = simulateStudy({
    codes: CODES,
    days,
    reviewsPerDay,
    start: morning.getTime() - days * DAY,
    seed: 7,
  });
  return JSON.stringify(exportProgress(progress));
}

/** Makes every page of the context start with this saved progress (only where none is saved yet). */
export async function seedProgress(context: BrowserContext, text: string): Promise<void> {
  await context.addInitScript(
    ({ key, value }) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    { key: PROGRESS_STORAGE_KEY, value: text },
  );
}
