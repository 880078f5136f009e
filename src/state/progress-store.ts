import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { parseCardId, type CardState, type LogEntry } from '../domain/card-model';
import {
  emptyProgress,
  exportProgress,
  PROGRESS_VERSION,
  reviewLogCsv,
  type ProgressData,
} from '../domain/progress-file';
import { confusablesOf } from '../domain/confusables';
import { withConfusion } from '../domain/confusions';
import { createScheduler, newCardState, type Scheduler } from '../domain/scheduler';
import { normalizeSettings, type StudySettings } from '../domain/study-settings';
import type { AppEnv } from './app-env';
import { PROGRESS_STORAGE_KEY, ProgressStorage, type SaveProblem } from './progress-persistence';
import type { ReadOutcome } from './progress-reader';
import { loadedRestore, loadRestore } from './progress-restore-loader';
import { dataOf, sameData, type ProgressState } from './progress-state';
import { listenToOtherTabs } from './other-tabs';
import { guardUnsaved } from './unsaved-guard';
import { pushUndo, undoLatest, type UndoStep } from './progress-undo';

export { PROGRESS_STORAGE_KEY, PROGRESS_BACKUP_PREFIX } from './progress-persistence';
export type { ReadProblem, SaveProblem } from './progress-persistence';
export type { ImportResult, ProgressState } from './progress-state';
export type { StudySettings } from '../domain/study-settings';

function latestTime(log: readonly LogEntry[]): number {
  let max = 0;
  for (const e of log) if (e.review > max) max = e.review;
  return max;
}

function requestPersistentStorage(onAnswer: (granted: boolean) => void): void {
  const storage = (globalThis as { navigator?: Navigator }).navigator?.storage;
  if (typeof storage?.persist !== 'function') return;
  storage.persist().then(onAnswer, () => undefined);
}

/** What the progress store tells the rest of the app. */
export interface ProgressStoreHooks {
  /** The browser's answer to the request for persistent storage made after the first review. */
  onPersistAnswer?: (granted: boolean) => void;
}

/** The learner's progress, persisted to `env.storage`, validated on read and merged with other tabs. */
export function createProgressStore(
  env: AppEnv,
  hooks: ProgressStoreHooks = {},
): StoreApi<ProgressState> {
  // Set once the store exists; saves during its creation (hydration) report through `pending`.
  const ref: { store?: StoreApi<ProgressState> } = {};
  let pending: SaveProblem | null = null;
  const reportSave = (saveProblem: SaveProblem | null) => {
    if (env.storageBlocked) return; // nothing is saved: 'no-storage' stays
    if (!ref.store) {
      pending = saveProblem;
      return;
    }
    // Setting the notice saves again (persist): only a change of kind is news.
    if (ref.store.getState().saveProblem?.kind === saveProblem?.kind) return;
    ref.store.setState({ saveProblem });
  };
  const storage = new ProgressStorage(env.storage, { onSaveResult: reportSave });
  const undoStack: UndoStep[] = [];
  let schedulerCache: { settings: StudySettings; scheduler: Scheduler } | undefined;
  const schedulerFor = (settings: StudySettings) => {
    if (schedulerCache?.settings !== settings)
      schedulerCache = { settings, scheduler: createScheduler(settings) };
    return schedulerCache.scheduler;
  };
  let persistRequested = false;

  // While held, nothing is written (storage.writable is false) and `heldSince` is the progress as it
  // was read: anything else in memory exists only in this tab.
  let heldSince: ProgressData | null = null;
  let addedSession = false;

  /** Restores what storage held (any version); see readSaved. */
  const restore = (persisted: unknown): ReadOutcome => {
    const unreadable = storage.unreadable;
    storage.unreadable = null;
    if (!unreadable && (persisted === undefined || persisted === null))
      return { data: null, problem: null, hold: false };
    const reader = loadedRestore();
    // ready() loads the reader before hydrating whenever storage holds something.
    if (!reader) throw new Error('progress hydrated before its reader was loaded');
    if (unreadable) return reader.readDamaged(env, unreadable.raw, unreadable.error, null);
    return reader.readSaved(persisted, storage.lastText ?? JSON.stringify(persisted), env);
  };

  const withCard = (s: ProgressState, card: CardState, entry: LogEntry) => ({
    cards: { ...s.cards, [card.id]: card },
    log: [...s.log, entry],
  });

  const store = createStore<ProgressState>()(
    persist(
      (set, get) => ({
        ...emptyProgress(),
        readProblem: null,
        saveProblem: env.storageBlocked ? { kind: 'no-storage' } : null,
        canUndo: false,

        answer(cardId, grade, durationMs, options) {
          if (!parseCardId(cardId)) return undefined;
          const s = get();
          const before = s.cards[cardId];
          const graded = schedulerFor(s.settings).grade(
            before ?? newCardState(cardId, env.now()),
            grade,
            env.now(),
            durationMs,
          );
          const result = options?.fromQuiz
            ? { ...graded, log: { ...graded.log, fromQuiz: true as const } }
            : graded;
          pushUndo(undoStack, { entry: result.log, before });
          const checked = options?.checked;
          const confusions =
            checked && confusablesOf(checked.answer).length > 0
              ? withConfusion(s.confusions, { cardId, review: result.log.review, ...checked })
              : s.confusions;
          set({ ...withCard(s, result.card, result.log), confusions, canUndo: true });
          if (!persistRequested) {
            persistRequested = true;
            requestPersistentStorage((granted) => hooks.onPersistAnswer?.(granted));
          }
          return result.card;
        },

        undo() {
          const s = get();
          const undone = undoLatest(s, undoStack, (id, log) =>
            schedulerFor(s.settings).replay(id, log),
          );
          set({ ...undone, canUndo: undoStack.length > 0 });
          return undone !== undefined;
        },

        updateSettings(partial) {
          const current = get().settings;
          set({ settings: normalizeSettings({ ...current, ...partial }, current) });
        },

        ready: () => ready,

        async importProgress(file, mode, options = {}) {
          const reader = await loadRestore();
          const result = reader.restoreProgress(file, env.now());
          const recovered = !result.ok && result.reason === 'invalid' && options.recover;
          if (!result.ok && !recovered)
            return { ok: false, reason: result.reason, error: result.error };
          const value = result.ok ? result.value : result.partial;
          const s = get();
          undoStack.length = 0;
          if (mode === 'merge') {
            set({ ...reader.mergeProgress(dataOf(s), value), canUndo: false });
          } else {
            // A replace is a reset: other tabs drop what they had before it when they merge.
            const resetAt = Math.max(env.now(), latestTime(s.log), value.resetAt);
            set({ ...value, resetAt, undone: [], canUndo: false });
          }
          return { ok: true };
        },

        exportFile: () => exportProgress(dataOf(get()), env.now()),
        exportCsv: () => reviewLogCsv(get().log),

        resetProgress() {
          const s = get();
          undoStack.length = 0;
          const resetAt = Math.max(env.now(), latestTime(s.log));
          set({ ...emptyProgress(s.settings), resetAt, canUndo: false });
        },

        suspendCard: (id) => act(id, 'suspend'),
        unsuspendCard: (id) => act(id, 'unsuspend'),
        resetCard: (id) => act(id, 'reset'),
        releaseDamaged(how) {
          const problem = get().readProblem;
          if (problem?.kind !== 'corrupt' || !problem.held) return;
          storage.writable = true;
          heldSince = null;
          set({ readProblem: { ...problem, held: false, released: how } });
          get().flush();
        },
        dismissProblem: (which) =>
          set(which === 'read' ? { readProblem: null } : { saveProblem: null }),
        hasUnsaved() {
          if (!storage.writable) return heldSince === null || !sameData(heldSince, get());
          return storage.failure !== null;
        },
        flush() {
          if (!storage.writable) return !get().hasUnsaved();
          storage.setItem(PROGRESS_STORAGE_KEY, {
            state: dataOf(get()) as ProgressState,
            version: PROGRESS_VERSION,
          });
          return storage.failure === null;
        },
        retryRead() {
          if (get().readProblem?.kind !== 'unread') return Promise.resolve(true);
          return loadRestore().then(
            () => {
              hydrate();
              return true;
            },
            () => false,
          );
        },
        stopSync: () => stopSync(),
      }),
      {
        name: PROGRESS_STORAGE_KEY,
        version: PROGRESS_VERSION,
        storage,
        // Hydration waits for the validator when there is something to validate (see `ready`).
        skipHydration: true,
        partialize: (s) => dataOf(s) as ProgressState,
        // restoreProgress reads every version; migration happens there, in the domain.
        migrate: (persisted) => persisted as ProgressState,
        merge: (persisted, current) => {
          const { data, problem, hold } = restore(persisted);
          if (hold) storage.writable = false; // before persist writes back what it merged
          const saveProblem = env.storageBlocked ? current.saveProblem : pending;
          pending = null;
          // Answers given before saved progress could be read (its reader failed to load at
          // first) are added to it, not dropped.
          const session = heldSince !== null && !sameData(heldSince, current);

          const merge = loadedRestore()?.mergeProgress;
          const restored = data && session && merge ? merge(data, dataOf(current)) : data;
          addedSession = session;
          return { ...current, ...(restored ?? {}), readProblem: problem, saveProblem };
        },
      },
    ),
  );
  ref.store = store;

  heldSince = dataOf(store.getState()); // Nothing read yet: nothing may be written.
  const hydrate = () => {
    // Without storage nothing is written (it would go to memory), and all answers count as unsaved.
    storage.writable = !env.storageBlocked;
    void store.persist.rehydrate(); // Synchronous: the storage is.
    heldSince = storage.writable ? null : dataOf(store.getState());
    // Saves what hydration added to what was read (answers given before it could be read).
    if (storage.writable && addedSession) store.getState().flush();
    addedSession = false;
  };
  let ready: Promise<void>;
  if (!storage.holdsProgress(PROGRESS_STORAGE_KEY) || loadedRestore()) {
    hydrate();
    ready = Promise.resolve();
  } else {
    ready = loadRestore().then(hydrate, (e: unknown) => {
      // Nothing was read, so nothing may be written: saving stays off and the user is told.
      store.setState({ readProblem: { kind: 'unread', error: String(e) } });
    });
  }

  function act(id: string, action: 'suspend' | 'unsuspend' | 'reset') {
    if (!parseCardId(id)) return;
    const s = store.getState();
    const card = s.cards[id] ?? newCardState(id, env.now());
    if (action === 'suspend' && card.suspended) return;
    if (action === 'unsuspend' && !card.suspended) return;
    const result = schedulerFor(s.settings).act(card, action, env.now());
    store.setState(withCard(s, result.card, result.log));
  }

  // Back online: a good moment to read what could not be read.
  const retryRead = () => void store.getState().retryRead();
  const target = typeof window === 'undefined' ? undefined : window;
  target?.addEventListener('online', retryRead);
  const hold = () => {
    storage.writable = false;
    heldSince = dataOf(store.getState());
  };
  const stopTabs = target
    ? listenToOtherTabs(
        { env, storage, store, hold, hydrated: () => store.persist.hasHydrated() },
        target,
      )
    : () => {};
  const stopGuard = target ? guardUnsaved(store, target) : () => undefined;
  function stopSync() {
    target?.removeEventListener('online', retryRead);
    stopTabs();
    stopGuard();
  }

  return store;
}
