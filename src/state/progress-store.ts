import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { parseCardId, type CardState, type Grade, type LogEntry } from '../domain/card-model';
import {
  emptyProgress,
  entryKey,
  exportProgress,
  MAX_UNDONE,
  mergeProgress,
  PROGRESS_VERSION,
  reviewLogCsv,
  type ProgressData,
  type ProgressFile,
} from '../domain/progress-file';
import { confusablesOf } from '../domain/confusables';
import { withConfusion } from '../domain/confusions';
import { createScheduler, newCardState, type Scheduler } from '../domain/scheduler';
import { normalizeSettings, type StudySettings } from '../domain/study-settings';
import type { AppEnv } from './app-env';
import {
  PROGRESS_STORAGE_KEY,
  ProgressStorage,
  saveBackup,
  type ProgressProblem,
} from './progress-persistence';
import { loadedRestore, loadRestore, type RestoreProgress } from './progress-restore-loader';

export { PROGRESS_STORAGE_KEY, PROGRESS_BACKUP_PREFIX } from './progress-persistence';
export type { ProgressProblem } from './progress-persistence';
export type { StudySettings } from '../domain/study-settings';

export type ImportResult = { ok: true } | { ok: false; error: string };

export interface ProgressState extends ProgressData {
  /** What the user must be told about their saved data, or null. */
  problem: ProgressProblem | null;
  /** Whether `undo()` has an answer to take back (answers of this tab and session). */
  canUndo: boolean;
  /**
   * Grades a card now; returns its new state (undefined for an id that is not a card). `fromQuiz`:
   * the learner added the card from a quiz's results (it does not count against the new-card limit).
   */
  answer: (
    cardId: string,
    grade: Grade,
    durationMs: number,
    options?: {
      fromQuiz?: boolean;
      /** The checked answer, when it was a code: a code of a confusion set records it (confusions). */
      checked?: { answer: number; given: number };
    },
  ) => CardState | undefined;
  /** Takes back the latest answer still undoable: card and log exactly as before it. */
  undo: () => boolean;
  /** Changes settings; values are validated and clamped, invalid ones ignored. */
  updateSettings: (partial: Partial<StudySettings>) => void;
  /**
   * Resolves once saved progress has been read and validated: at once when storage holds none, after
   * the validator's chunk has loaded otherwise. Until then the store writes nothing to storage.
   */
  ready: () => Promise<void>;
  /** Validates `file` (parsed JSON or its text) and replaces or merges progress; untouched on error. */
  importProgress: (file: unknown, mode: 'replace' | 'merge') => Promise<ImportResult>;
  /** The versioned JSON to offer as a download. */
  exportFile: () => ProgressFile;
  /** The review log as CSV for FSRS optimisers. */
  exportCsv: () => string;
  /** Forgets all cards and the log (settings are kept). */
  resetProgress: () => void;
  suspendCard: (id: string) => void;
  unsuspendCard: (id: string) => void;
  /** Makes a card new again (clears its leech flag). */
  resetCard: (id: string) => void;
  dismissProblem: () => void;
  /**
   * Saves now if the latest state is not in storage yet (a failed save is retried); true when
   * storage holds everything, false while progress exists only in memory (e.g. before a reload).
   */
  flush: () => boolean;
  /** Stops listening to other tabs (tests; the app's store lives as long as the page). */
  stopSync: () => void;
}

const UNDO_DEPTH = 50;

function dataOf(s: ProgressData): ProgressData {
  return {
    settings: s.settings,
    cards: s.cards,
    log: s.log,
    resetAt: s.resetAt,
    undone: s.undone,
    confusions: s.confusions,
  };
}

function latestTime(log: readonly LogEntry[]): number {
  let max = 0;
  for (const e of log) if (e.review > max) max = e.review;
  return max;
}

function requestPersistentStorage(): void {
  const storage = (globalThis as { navigator?: Navigator }).navigator?.storage;
  if (typeof storage?.persist !== 'function') return;
  storage.persist().catch(() => undefined);
}

/** The learner's progress, persisted to `env.storage`, validated on read and merged with other tabs. */
export function createProgressStore(env: AppEnv): StoreApi<ProgressState> {
  // Set once the store exists; saves during its creation (hydration) report through `pending`.
  const ref: { store?: StoreApi<ProgressState> } = {};
  let pending: ProgressProblem | null = null;
  const reportSave = (problem: ProgressProblem | null) => {
    const current = ref.store ? ref.store.getState().problem : pending;
    const saveKinds = ['quota', 'save-failed'];
    // A success only clears a save problem; a failure never replaces a corrupt-data notice.
    if (problem === null ? !saveKinds.includes(current?.kind ?? '') : current !== null) return;
    if (ref.store) ref.store.setState({ problem });
    else pending = problem;
  };
  const storage = new ProgressStorage(env.storage, { onSaveResult: reportSave });
  const undoStack: { entry: LogEntry; before: CardState | undefined }[] = [];
  let schedulerCache: { settings: StudySettings; scheduler: Scheduler } | undefined;
  const schedulerFor = (settings: StudySettings) => {
    if (schedulerCache?.settings !== settings)
      schedulerCache = { settings, scheduler: createScheduler(settings) };
    return schedulerCache.scheduler;
  };
  let persistRequested = false;

  /** Keeps unreadable text under a backup key and tells the user; returns the problem. */
  const backUp = (raw: string, error: string): ProgressProblem => ({
    kind: 'corrupt',
    error,
    backup: raw,
    backupKey: saveBackup(env.storage, raw, env.now()),
  });

  /** Restores what storage held (any version); damaged data is backed up, the rest restored. */
  const restore = (
    persisted: unknown,
  ): { data: ProgressData | null; problem: ProgressProblem | null } => {
    if (storage.unreadable) {
      const { raw, error } = storage.unreadable;
      storage.unreadable = null;
      return { data: null, problem: backUp(raw, error) };
    }
    if (persisted === undefined || persisted === null) return { data: null, problem: null };
    const restoreProgress = loadedRestore();
    // ready() loads the validator before hydrating whenever storage holds something.
    if (!restoreProgress) throw new Error('progress hydrated before its validator was loaded');
    const result = restoreProgress(persisted);
    if (result.ok) return { data: result.value, problem: null };
    const raw = storage.lastText ?? JSON.stringify(persisted);
    return { data: result.partial, problem: backUp(raw, result.error) };
  };

  const withCard = (s: ProgressState, card: CardState, entry: LogEntry) => ({
    cards: { ...s.cards, [card.id]: card },
    log: [...s.log, entry],
  });

  const store = createStore<ProgressState>()(
    persist(
      (set, get) => ({
        ...emptyProgress(),
        problem: null,
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
          undoStack.push({ entry: result.log, before });
          if (undoStack.length > UNDO_DEPTH) undoStack.shift();
          const checked = options?.checked;
          const confusions =
            checked && confusablesOf(checked.answer).length > 0
              ? withConfusion(s.confusions, { cardId, review: result.log.review, ...checked })
              : s.confusions;
          set({ ...withCard(s, result.card, result.log), confusions, canUndo: true });
          if (!persistRequested) {
            persistRequested = true;
            requestPersistentStorage();
          }
          return result.card;
        },

        undo() {
          const s = get();
          for (let top = undoStack.pop(); top; top = undoStack.pop()) {
            const key = entryKey(top.entry);
            const at = s.log.findLastIndex((e) => entryKey(e) === key);
            if (at < 0) continue; // Gone already (another tab's reset, say).
            const log = s.log.filter((_, i) => i !== at);
            const cards = { ...s.cards };
            const current = s.cards[top.entry.cardId];
            if (current?.updatedAt === top.entry.review) {
              if (top.before) cards[top.entry.cardId] = top.before;
              else delete cards[top.entry.cardId];
            } else {
              // Something happened to the card since (another tab): rebuild it without the entry.
              cards[top.entry.cardId] = schedulerFor(s.settings).replay(top.entry.cardId, log);
            }
            const undone = [...s.undone, top.entry].slice(-MAX_UNDONE);
            const entry = top.entry;
            const confusions = s.confusions.filter(
              (e) => e.cardId !== entry.cardId || e.review !== entry.review,
            );
            set({ cards, log, undone, confusions, canUndo: undoStack.length > 0 });
            return true;
          }
          set({ canUndo: false });
          return false;
        },

        updateSettings(partial) {
          const current = get().settings;
          set({ settings: normalizeSettings({ ...current, ...partial }, current) });
        },

        ready: () => ready,

        async importProgress(file, mode) {
          const restoreProgress = await loadRestore();
          const result = restoreProgress(file);
          if (!result.ok) return { ok: false, error: result.error };
          const s = get();
          undoStack.length = 0;
          if (mode === 'merge') {
            set({ ...mergeProgress(dataOf(s), result.value), canUndo: false });
          } else {
            // A replace is a reset: other tabs drop what they had before it when they merge.
            const resetAt = Math.max(env.now(), latestTime(s.log), result.value.resetAt);
            set({ ...result.value, resetAt, undone: [], canUndo: false });
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
        dismissProblem: () => set({ problem: null }),
        flush() {
          storage.setItem(PROGRESS_STORAGE_KEY, {
            state: dataOf(get()) as ProgressState,
            version: PROGRESS_VERSION,
          });
          return storage.failure === null;
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
          const { data, problem } = restore(persisted);
          const pendingProblem = pending;
          pending = null;
          return { ...current, ...(data ?? {}), problem: problem ?? pendingProblem };
        },
      },
    ),
  );
  ref.store = store;

  const hydrate = () => {
    storage.writable = true;
    void store.persist.rehydrate(); // Synchronous: the storage is.
  };
  let ready: Promise<void>;
  if (!storage.holdsProgress(PROGRESS_STORAGE_KEY) || loadedRestore()) {
    hydrate();
    ready = Promise.resolve();
  } else {
    ready = loadRestore().then(hydrate, (e: unknown) => {
      // Nothing was read, so nothing may be written: saving stays off and the user is told.
      store.setState({ problem: { kind: 'unread', error: String(e) } });
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

  // Another tab saved: merge its log with ours, so that answers given in either survive.
  function onStorage(event: StorageEvent) {
    if (event.key !== PROGRESS_STORAGE_KEY || event.newValue === null) return;
    if (event.storageArea && event.storageArea !== env.storage) return;
    // Before hydration there is nothing to merge into: hydration reads what they saved.
    if (!store.persist.hasHydrated() || event.newValue === storage.lastText) return;
    const text = event.newValue;
    const restoreProgress = loadedRestore();
    if (restoreProgress) mergeSaved(text, restoreProgress);
    else void loadRestore().then((restore) => mergeSaved(text, restore));
  }

  function mergeSaved(text: string, restoreProgress: RestoreProgress) {
    if (text === storage.lastText) return;
    const result = restoreProgress(text);
    let incoming: ProgressData;
    if (result.ok) incoming = result.value;
    else {
      incoming = result.partial;
      store.setState({ problem: backUp(text, result.error) });
    }
    // Their write is the latest, so their settings win; the logs are united.
    storage.lastText = text;
    const merged = mergeProgress(incoming, dataOf(store.getState()));
    store.setState(merged);
  }
  const target = typeof window === 'undefined' ? undefined : window;
  target?.addEventListener('storage', onStorage);
  function stopSync() {
    target?.removeEventListener('storage', onStorage);
  }

  return store;
}
