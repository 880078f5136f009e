import { CARD_KINDS } from '../domain/card-model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from './app-env';
import {
  createProgressStore,
  PROGRESS_BACKUP_PREFIX,
  PROGRESS_STORAGE_KEY,
  type ProgressState,
} from './progress-store';
import { deleteBackup, listBackups, readBackup } from './progress-backups';
import { loadRestore } from './progress-restore-loader';
import { masteryOf, selectQueue } from './progress-selectors';
import { fillableStorage } from '../../tests/fillable-storage';
import { SAVE_RETRY_MS } from './unsaved-guard';

const T0 = new Date(2026, 2, 2, 10, 0, 0).getTime();
const MIN = 60_000;
const DAY = 86_400_000;

let stores: ReturnType<typeof createProgressStore>[] = [];
afterEach(() => {
  for (const s of stores) s.getState().stopSync();
  stores = [];
  vi.unstubAllGlobals();
});

/** A store over `storage` whose clock the test moves. */
async function open(storage: Storage = createMemoryStorage(), start = T0) {
  const clock = { now: start };
  const store = createProgressStore({ storage, now: () => clock.now });
  stores.push(store);
  await store.getState().ready();
  return { store, storage, clock, s: () => store.getState() };
}
const data = (s: ProgressState) => ({ cards: s.cards, log: s.log, settings: s.settings });
const saved = (storage: Storage) => JSON.parse(storage.getItem(PROGRESS_STORAGE_KEY) ?? 'null');

/** Another tab's save event; resolves once the stores have merged it (after the validator loaded). */
async function tellOtherTabs(storage: Storage) {
  const newValue = storage.getItem(PROGRESS_STORAGE_KEY);
  window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_STORAGE_KEY, newValue }));
  await loadRestore();
}

describe('progress store', () => {
  it('answers, saves, and gives the same progress back to a fresh store', async () => {
    const a = await open();
    a.s().updateSettings({ enableFuzz: false });
    const card = a.s().answer('404:recall', 3, 6_000);
    expect(card).toMatchObject({ state: 'learning', reps: 1 });
    a.clock.now += 10 * MIN;
    a.s().answer('404:recall', 3, 2_000);
    expect(a.s().log).toHaveLength(2);
    expect(saved(a.storage)).toMatchObject({ format: 'http-status-trainer-progress', version: 3 });
    const b = await open(a.storage);
    expect(data(b.s())).toEqual(data(a.s()));
    expect(b.s().readProblem).toBeNull();
    expect(a.s().answer('999:recall', 3, 0)).toBeUndefined();
  });

  it('reads a first visit at once without loading the validator, saved progress only after it', async () => {
    // Fresh modules: nothing of the validator (zod) loaded yet, as on a first visit.
    vi.resetModules();
    const fresh = await import('./progress-store');
    const loader = await import('./progress-restore-loader');
    const storage = createMemoryStorage();
    const first = fresh.createProgressStore({ storage, now: () => T0 });
    stores.push(first);
    await first.getState().ready();
    expect(loader.loadedRestore()).toBeUndefined();
    first.getState().answer('200:recall', 3, 1_000);
    const text = storage.getItem(PROGRESS_STORAGE_KEY);
    expect(text).not.toBeNull();

    const second = fresh.createProgressStore({ storage, now: () => T0 + MIN });
    stores.push(second);
    // Not read yet: it must not write over what storage holds.
    expect(second.getState().log).toEqual([]);
    second.getState().updateSettings({ dailyNewLimit: 5 });
    expect(storage.getItem(PROGRESS_STORAGE_KEY)).toBe(text);
    await second.getState().ready();
    expect(loader.loadedRestore()?.restoreProgress).toBeTypeOf('function');
    expect(second.getState().log).toEqual(first.getState().log);
    expect(second.getState().readProblem).toBeNull();
  });

  it('keeps answers given while saved progress cannot be read, and adds them once it can', async () => {
    const storage = createMemoryStorage();
    const first = await open(storage);
    first.s().answer('200:recall', 3, 1_000);
    const text = storage.getItem(PROGRESS_STORAGE_KEY);
    vi.resetModules();
    vi.doMock('./progress-reader', () => {
      throw new Error('chunk failed to load');
    });
    let store: ReturnType<typeof createProgressStore>;
    try {
      const fresh = await import('./progress-store');
      store = fresh.createProgressStore({ storage, now: () => T0 + MIN });
      stores.push(store);
      await store.getState().ready();
      expect(store.getState().readProblem).toMatchObject({ kind: 'unread' });
      store.getState().answer('404:recall', 3, 1_000);
      expect(storage.getItem(PROGRESS_STORAGE_KEY)).toBe(text);
      expect(store.getState().flush()).toBe(false); // only in this tab
      expect(store.getState().exportFile().log.ids).toEqual(['404:recall']);
      await expect(store.getState().retryRead()).resolves.toBe(false); // still failing
    } finally {
      vi.doUnmock('./progress-reader');
    }
    window.dispatchEvent(new Event('online')); // e.g. back online: read again
    await vi.waitFor(() => expect(store.getState().readProblem).toBeNull());
    expect(store.getState().log.map((e) => e.cardId)).toEqual(['200:recall', '404:recall']);
    expect(saved(storage).log.ids).toEqual(['200:recall', '404:recall']);
    expect(store.getState().flush()).toBe(true);
  });

  it('undoes the last answer exactly, in memory and in storage', async () => {
    const a = await open();
    a.s().answer('200:recall', 3, 1_000);
    a.clock.now += 10 * MIN;
    const before = data(a.s());
    const savedBefore = a.storage.getItem(PROGRESS_STORAGE_KEY);
    a.s().answer('200:recall', 1, 1_000);
    expect(a.s().canUndo).toBe(true);
    expect(a.s().undo()).toBe(true);
    expect(data(a.s())).toEqual(before);
    expect(saved(a.storage).log).toEqual(JSON.parse(savedBefore ?? '').log);
    expect(a.s().undo()).toBe(true); // the first answer too: the card is new again
    expect(a.s().cards).toEqual({});
    expect(a.s().canUndo).toBe(false);
    expect(a.s().undo()).toBe(false);
  });

  it('validates and clamps settings', async () => {
    const { s } = await open();
    s().updateSettings({ desiredRetention: 2, dailyNewLimit: -5, learningSteps: ['soon'] });
    expect(s().settings).toMatchObject({
      desiredRetention: 0.97,
      dailyNewLimit: 0,
      learningSteps: ['1m', '10m'],
    });
    s().updateSettings({ dayStartHour: 6.4, kinds: [] });
    expect(s().settings.dayStartHour).toBe(6);
    // An empty choice keeps the kinds studied before (by default every kind).
    expect(s().settings.kinds).toEqual([...CARD_KINDS]);
  });

  it('migrates the first version (zustand JSON) and saves it in the current one', async () => {
    const v1 = {
      state: {
        settings: { dailyNewLimit: 12 },
        cards: {},
        log: [
          { cardId: '500:recall', grade: 3, review: T0 - DAY, durationMs: 3000, state: 'new' },
          {
            cardId: '500:recall',
            grade: 4,
            review: T0 - DAY + 600_000,
            durationMs: 0,
            state: 'learning',
          },
        ],
      },
      version: 1,
    };
    const storage = createMemoryStorage({ [PROGRESS_STORAGE_KEY]: JSON.stringify(v1) });
    const { s } = await open(storage);
    expect(s().readProblem).toBeNull();
    expect(s().settings.dailyNewLimit).toBe(12);
    expect(s().log).toHaveLength(2);
    expect(s().cards['500:recall']).toMatchObject({ reps: 2, state: 'review' });
    expect(saved(storage)).toMatchObject({ version: 3, log: { ids: ['500:recall'] } });
  });

  it('keeps unreadable JSON under a backup key, starts empty and tells the user', async () => {
    const raw = '{"format":"http-status-trainer-progress","log": [1,2,';
    const storage = createMemoryStorage({ [PROGRESS_STORAGE_KEY]: raw });
    const { s } = await open(storage);
    const problem = s().readProblem;
    expect(problem).toMatchObject({ kind: 'corrupt', backup: raw });
    expect(problem?.kind === 'corrupt' && problem.error).toMatch(/^file: not JSON/);
    const backupKey = problem?.kind === 'corrupt' ? problem.backupKey : null;
    expect(backupKey).toBe(`${PROGRESS_BACKUP_PREFIX}${T0}`);
    expect(storage.getItem(backupKey ?? '')).toBe(raw);
    expect(s().log).toEqual([]);
    s().answer('200:recall', 3, 0); // the app works; the backup stays
    expect(storage.getItem(backupKey ?? '')).toBe(raw);
    s().dismissProblem('read');
    expect(s().readProblem).toBeNull();
  });

  it('writes nothing over damaged data it could not back up, until downloaded or given up', async () => {
    const raw = '{"format":"http-status-trainer-progress","log": [1,2,';
    for (const release of ['downloaded', 'start-over'] as const) {
      const { storage, state } = fillableStorage();
      storage.setItem(PROGRESS_STORAGE_KEY, raw);
      state.full = true; // the backup copy does not fit
      const { s } = await open(storage);
      expect(s().readProblem).toMatchObject({ kind: 'corrupt', backupKey: null, held: true });
      state.full = false; // room again, yet the only copy must stay until the learner decides
      s().answer('200:recall', 3, 0);
      expect(storage.getItem(PROGRESS_STORAGE_KEY)).toBe(raw);
      expect(s().flush()).toBe(false); // the answer is only in memory
      s().releaseDamaged(release);
      expect(s().readProblem).toMatchObject({ kind: 'corrupt', held: false, released: release });
      expect(saved(storage).log.ids).toEqual(['200:recall']);
      expect(s().flush()).toBe(true);
    }
  });

  it('keeps one backup per distinct damaged content, however often the app starts, and deletes it on request', async () => {
    const raw = `{"format":"http-status-trainer-progress","log":[${'1,'.repeat(1000)}`;
    const storage = createMemoryStorage({ [PROGRESS_STORAGE_KEY]: raw });
    const backupKeys = () =>
      Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').filter((k) =>
        k.startsWith(PROGRESS_BACKUP_PREFIX),
      );
    for (let start = 0; start < 3; start++) {
      const tab = await open(storage, T0 + start * DAY);
      tab.s().stopSync();
      storage.setItem(PROGRESS_STORAGE_KEY, raw); // still damaged at the next start
    }
    expect(backupKeys()).toEqual([`${PROGRESS_BACKUP_PREFIX}${T0}`]);
    storage.setItem(PROGRESS_STORAGE_KEY, `${raw}2`);
    await open(storage, T0 + 5 * DAY);
    expect(backupKeys()).toHaveLength(2);
    expect(listBackups(storage).map((b) => [b.foundAt, b.size])).toEqual([
      [T0, raw.length],
      [T0 + 5 * DAY, raw.length + 1],
    ]);
    expect(readBackup(storage, `${PROGRESS_BACKUP_PREFIX}${T0}`)).toBe(raw);
    deleteBackup(storage, `${PROGRESS_BACKUP_PREFIX}${T0}`);
    deleteBackup(storage, PROGRESS_STORAGE_KEY); // not a backup: left alone
    expect(backupKeys()).toEqual([`${PROGRESS_BACKUP_PREFIX}${T0 + 5 * DAY}`]);
    expect(storage.getItem(PROGRESS_STORAGE_KEY)).not.toBeNull();
  });

  it('starts with what it can restore from damaged data, and keeps the original too', async () => {
    const a = await open();
    a.s().answer('200:recall', 3, 0);
    a.s().answer('404:recall', 3, 0);
    const good = saved(a.storage);
    good.cards['404:recall'].due = 'tomorrow';
    good.log.entries.push(0, 9, 5, 0, 0); // an entry with an impossible grade
    const raw = JSON.stringify(good);
    const b = await open(createMemoryStorage({ [PROGRESS_STORAGE_KEY]: raw }));
    expect(b.s().readProblem).toMatchObject({ kind: 'corrupt', backup: raw });
    expect(b.s().log).toEqual(a.s().log);
    expect(b.s().cards).toEqual(a.s().cards); // the damaged card rebuilt from the log
  });

  it('refuses a card it could not write back (no reviews, dated 9999) instead of its own next save', async () => {
    const a = await open();
    a.s().answer('200:recall', 3, 0);
    const file = saved(a.storage);
    file.cards['404:recall'] = { ...file.cards['200:recall'], updatedAt: Date.UTC(9999, 0, 1) };
    delete file.cards['404:recall'].lastReview;
    const raw = JSON.stringify(file);
    const b = await open(createMemoryStorage({ [PROGRESS_STORAGE_KEY]: raw }));
    // Reported and backed up at once, not after the learner's next answer is lost.
    expect(b.s().readProblem).toMatchObject({ kind: 'corrupt', backup: raw });
    expect(b.s().cards['404:recall']).toBeUndefined();
    b.s().answer('404:recall', 3, 0);
    const c = await open(b.storage);
    expect(c.s().readProblem).toBeNull();
    expect(c.s().log.map((e) => e.cardId)).toEqual(['200:recall', '404:recall']);
  });

  it('tells the user when storage is full, keeps the answer in memory and saves it later', async () => {
    const memory = createMemoryStorage();
    let full = false;
    const storage: Storage = {
      ...memory,
      getItem: (k) => memory.getItem(k),
      setItem: (k, v) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        memory.setItem(k, v);
      },
    };
    const { s } = await open(storage);
    s().answer('200:recall', 3, 0);
    const before = memory.getItem(PROGRESS_STORAGE_KEY);
    full = true;
    s().answer('404:recall', 3, 0);
    expect(s().saveProblem).toEqual({ kind: 'quota' });
    expect(s().log).toHaveLength(2);
    expect(memory.getItem(PROGRESS_STORAGE_KEY)).toBe(before); // what was saved is intact
    s().dismissProblem('save');
    expect(s().flush()).toBe(false); // still only in memory, whatever the notice says
    full = false;
    s().answer('500:recall', 3, 0);
    expect(s().saveProblem).toBeNull();
    expect(saved(memory).log.ids).toEqual(['200:recall', '404:recall', '500:recall']);
    full = true;
    s().answer('501:recall', 3, 0);
    full = false;
    expect(s().flush()).toBe(true);
    expect(saved(memory).log.ids).toHaveLength(4);
  });

  it('reports a full storage while damaged data is reported too, each on its own', async () => {
    const raw = '{"format":"http-status-trainer-progress","log": [1,2,';
    const { storage, state } = fillableStorage();
    storage.setItem(PROGRESS_STORAGE_KEY, raw);
    const { s } = await open(storage);
    expect(s().readProblem).toMatchObject({ kind: 'corrupt', backup: raw });
    state.full = true;
    s().answer('200:recall', 3, 0);
    expect(s().readProblem).toMatchObject({ kind: 'corrupt', backup: raw });
    expect(s().saveProblem).toEqual({ kind: 'quota' });
    expect(s().flush()).toBe(false);
    state.full = false;
    expect(s().flush()).toBe(true);
    expect(s().saveProblem).toBeNull();
    expect(s().readProblem).toMatchObject({ kind: 'corrupt' });
  });

  it('studies in memory when the browser keeps no data, says so, and counts the answers as unsaved', async () => {
    const store = createProgressStore({
      storage: createMemoryStorage(),
      storageBlocked: true,
      now: () => T0,
    });
    stores.push(store);
    await store.getState().ready();
    expect(store.getState().saveProblem).toEqual({ kind: 'no-storage' });
    expect(store.getState().flush()).toBe(true); // nothing to lose yet
    store.getState().answer('200:recall', 3, 0);
    expect(store.getState().saveProblem).toEqual({ kind: 'no-storage' });
    expect(store.getState().flush()).toBe(false);
    expect(store.getState().exportFile().log.ids).toEqual(['200:recall']);
  });

  it('saves answers held back by a full storage as soon as there is room, without another answer', async () => {
    for (const moment of ['pagehide', 'hidden', 'timer'] as const) {
      const { storage, state } = fillableStorage();
      const { s } = await open(storage);
      if (moment === 'timer') vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
      s().answer('200:recall', 3, 0);
      state.full = true;
      for (const id of ['301:recall', '404:recall', '500:recall']) s().answer(id, 3, 0);
      expect(s().saveProblem).toEqual({ kind: 'quota' });
      state.full = false; // space freed elsewhere; no further answer
      if (moment === 'pagehide') window.dispatchEvent(new Event('pagehide'));
      else if (moment === 'hidden') {
        vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
        document.dispatchEvent(new Event('visibilitychange'));
      } else {
        vi.advanceTimersByTime(SAVE_RETRY_MS);
        vi.useRealTimers();
      }
      expect(saved(storage).log.ids).toHaveLength(4);
      expect(s().saveProblem).toBeNull();
    }
  });

  it('writes nothing when a page with everything saved is hidden or left (a newer save stays)', async () => {
    const storage = createMemoryStorage();
    await open(storage); // a first visit: nothing studied, nothing written yet
    // Another tab (or anything else) saved since; this page has not heard of it yet.
    const newer = await open(createMemoryStorage());
    for (const id of ['200:recall', '301:recall', '404:recall']) newer.s().answer(id, 3, 0);
    storage.setItem(PROGRESS_STORAGE_KEY, newer.storage.getItem(PROGRESS_STORAGE_KEY)!);
    window.dispatchEvent(new Event('pagehide'));
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(saved(storage).log.ids).toHaveLength(3);
  });

  it('asks before the page is left while answers exist only in memory', async () => {
    const { storage, state } = fillableStorage();
    const { s } = await open(storage);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    s().answer('200:recall', 3, 0);
    expect(leave()).toBe(false);
    state.full = true;
    s().answer('404:recall', 3, 0);
    expect(leave()).toBe(true);
    state.full = false;
    expect(leave()).toBe(false); // the last try to save went through
  });

  it('merges the answers of two tabs sharing one storage, whoever saved last', async () => {
    const storage = createMemoryStorage();
    const a = await open(storage);
    const b = await open(storage);
    a.s().answer('200:recall', 3, 0);
    b.clock.now += MIN;
    b.s().answer('404:recall', 1, 0); // B saves over A's save before hearing of it
    await tellOtherTabs(storage); // A hears B: merges and saves the union
    await tellOtherTabs(storage); // B hears A
    for (const tab of [a, b]) {
      expect(tab.s().log.map((e) => e.cardId)).toEqual(['200:recall', '404:recall']);
      expect(Object.keys(tab.s().cards).sort()).toEqual(['200:recall', '404:recall']);
    }
    expect(data(a.s())).toEqual(data(b.s()));
    expect(saved(storage).log.ids).toEqual(['200:recall', '404:recall']);
  });

  it('keeps both answers when two tabs answer the same card in the same second', async () => {
    const storage = createMemoryStorage();
    const a = await open(storage);
    const b = await open(storage);
    a.clock.now += 200;
    a.s().answer('404:recall', 3, 1_000);
    b.clock.now += 700;
    b.s().answer('404:recall', 1, 1_000); // saved over A's save before hearing of it
    await tellOtherTabs(storage);
    await tellOtherTabs(storage);
    for (const tab of [a, b]) {
      expect(tab.s().log.map((e) => 'grade' in e && e.grade)).toEqual([3, 1]);
      expect(tab.s().cards['404:recall']).toMatchObject({ reps: 2 });
    }
    expect(data(a.s())).toEqual(data(b.s()));
    const reopened = await open(storage);
    expect(reopened.s().log).toHaveLength(2);
  });

  it('does not let the other tab bring back an undone answer or a reset', async () => {
    const storage = createMemoryStorage();
    const a = await open(storage);
    const b = await open(storage);
    a.s().answer('200:recall', 3, 0);
    await tellOtherTabs(storage);
    expect(b.s().log).toHaveLength(1);
    a.s().undo();
    await tellOtherTabs(storage);
    expect(b.s().log).toHaveLength(0);
    b.s().answer('300:recall', 3, 0);
    await tellOtherTabs(storage);
    a.clock.now += MIN;
    a.s().resetProgress();
    await tellOtherTabs(storage);
    b.clock.now += 2 * MIN;
    b.s().answer('500:recall', 3, 0); // after the reset: kept
    await tellOtherTabs(storage);
    for (const tab of [a, b]) expect(tab.s().log.map((e) => e.cardId)).toEqual(['500:recall']);
  });

  it('never loses a review or schedules into the past when the clock goes back', async () => {
    const { s, clock } = await open();
    s().answer('200:recall', 3, 0);
    clock.now -= 2 * DAY;
    const card = s().answer('200:recall', 3, 0);
    expect(s().log).toHaveLength(2);
    expect(s().log[1]?.review).toBe(T0 + 1);
    expect(card?.due).toBeGreaterThan(card?.lastReview ?? Infinity);
  });

  it('asks for persistent storage once, after the first review, and copes without the API', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', { storage: { persist } });
    const { s } = await open();
    expect(persist).not.toHaveBeenCalled();
    s().answer('200:recall', 3, 0);
    s().answer('404:recall', 3, 0);
    expect(persist).toHaveBeenCalledTimes(1);
    vi.stubGlobal('navigator', {});
    const c = await open();
    expect(() => c.s().answer('200:recall', 3, 0)).not.toThrow();
  });

  it('flags leeches, and lets the user suspend and reset cards', async () => {
    const { s, clock } = await open();
    s().updateSettings({ leechThreshold: 2, enableFuzz: false });
    s().answer('404:recall', 4, 0);
    for (let i = 0; i < 2; i++) {
      clock.now = (s().cards['404:recall']?.due ?? 0) + MIN;
      s().answer('404:recall', 1, 0);
      clock.now = (s().cards['404:recall']?.due ?? 0) + MIN;
      s().answer('404:recall', 4, 0);
    }
    expect(masteryOf(s().cards['404:recall'])).toBe('leech');
    s().suspendCard('404:recall');
    const queue = selectQueue(
      s(),
      { classes: [4], includeUnofficial: false },
      clock.now + 30 * DAY,
    );
    expect(queue.items.map((i) => i.cardId)).not.toContain('404:recall');
    s().resetCard('404:recall');
    expect(s().cards['404:recall']).toMatchObject({ state: 'new', lapses: 0, suspended: true });
    expect(masteryOf(s().cards['404:recall'])).toBe('new');
    s().unsuspendCard('404:recall');
    expect(s().cards['404:recall']?.suspended).toBeUndefined();
  });

  it('imports by replacing or merging, and exports what it holds', async () => {
    const a = await open();
    a.s().answer('200:recall', 3, 0);
    const file = a.s().exportFile();
    const b = await open(createMemoryStorage(), T0 + DAY);
    b.s().answer('404:recall', 3, 0);
    await expect(b.s().importProgress(JSON.stringify(file), 'merge')).resolves.toEqual({
      ok: true,
    });
    expect(b.s().log.map((e) => e.cardId)).toEqual(['200:recall', '404:recall']);
    await expect(b.s().importProgress(file, 'replace')).resolves.toEqual({ ok: true });
    expect(data(b.s())).toEqual(data(a.s()));
    expect(b.s().exportCsv().split('\n')[1]).toBe(`200:recall,${T0},3,0,0`);
  });
});
