import { describe, expect, it } from 'vitest';
import { CODES } from '../domain/dataset';
import { exportProgress } from '../domain/progress-file';
import { simulateStudy } from '../domain/simulate';
import { createMemoryStorage } from './app-env';
import { createProgressStore, PROGRESS_STORAGE_KEY } from './progress-store';

const START = new Date(2026, 0, 5, 19, 0).getTime();
const DAYS = 365;

describe('storage budget', () => {
  it('saves a year of daily study (100 reviews a day over the whole deck) in under 1 MB, losing nothing', async () => {
    const year = simulateStudy({ codes: CODES, days: DAYS, reviewsPerDay: 100, start: START });
    expect(year.log).toHaveLength(DAYS * 100);
    expect(Object.keys(year.cards)).toHaveLength(CODES.length * 3);

    const storage = createMemoryStorage();
    const now = () => START + DAYS * 86_400_000;
    const store = createProgressStore({ storage, now });
    await expect(store.getState().importProgress(exportProgress(year), 'replace')).resolves.toEqual(
      { ok: true },
    );
    const saved = storage.getItem(PROGRESS_STORAGE_KEY) ?? '';
    expect(new TextEncoder().encode(saved).length).toBeLessThan(1_000_000);

    const reopenedStore = createProgressStore({ storage, now });
    await reopenedStore.getState().ready();
    const reopened = reopenedStore.getState();
    expect(reopened.readProblem).toBeNull();
    expect(reopened.log).toEqual(year.log);
    expect(reopened.cards).toEqual(year.cards);
    store.getState().stopSync();
    reopened.stopSync();
    // About two seconds on an idle machine (36,500 FSRS reviews); room for a busy shared one.
  }, 30_000);
});
