import { describe, expect, it } from 'vitest';
import { exportProgress } from '../domain/progress-file';
import { createMemoryStorage } from './app-env';
import { createProgressStore, PROGRESS_STORAGE_KEY } from './progress-store';

const T = new Date(2026, 2, 2, 10).getTime();

function store(storage = createMemoryStorage(), now = () => T) {
  const progress = createProgressStore({ storage, now });
  progress.getState().stopSync();
  return progress;
}

describe('confusions in the progress store', () => {
  it('records a code answered for a confusable one, not for a code outside every confusion set', () => {
    const p = store();
    p.getState().answer('502:reverse', 1, 3000, { checked: { answer: 502, given: 504 } });
    p.getState().answer('418:reverse', 1, 3000, { checked: { answer: 418, given: 404 } });
    expect(p.getState().confusions).toEqual([
      { cardId: '502:reverse', review: T, answer: 502, given: 504 },
    ]);
  });

  it('takes an undone answer’s event back with it', () => {
    const p = store();
    p.getState().answer('502:reverse', 1, 3000, { checked: { answer: 502, given: 504 } });
    expect(p.getState().undo()).toBe(true);
    expect(p.getState().confusions).toEqual([]);
  });

  it('saves them with the progress and reads them back after a reload', async () => {
    const storage = createMemoryStorage();
    const p = store(storage);
    p.getState().answer('401:duel:403', 1, 3000, { checked: { answer: 401, given: 403 } });
    expect(p.getState().flush()).toBe(true);
    const saved = JSON.parse(storage.getItem(PROGRESS_STORAGE_KEY) ?? '{}') as {
      confusions: unknown;
    };
    expect(saved.confusions).toEqual([['401:duel:403', T, 401, 403]]);
    const reloaded = store(storage);
    await reloaded.getState().ready();
    expect(reloaded.getState().confusions).toEqual(p.getState().confusions);
    expect(exportProgress(reloaded.getState()).confusions).toEqual([['401:duel:403', T, 401, 403]]);
  });

  it('clears them with a reset', () => {
    const p = store();
    p.getState().answer('502:reverse', 1, 3000, { checked: { answer: 502, given: 504 } });
    p.getState().resetProgress();
    expect(p.getState().confusions).toEqual([]);
  });
});
