import type { CardState, Grade } from '../domain/card-model';
import type { ProgressData, ProgressFile } from '../domain/progress-file';
import type { StudySettings } from '../domain/study-settings';
import type { ReadProblem, SaveProblem } from './progress-persistence';

import type { RestoreFailure } from '../domain/progress-restore';

export type ImportResult = { ok: true } | { ok: false; reason: RestoreFailure; error: string };

export interface ProgressState extends ProgressData {
  /** What the user must be told about reading their saved data, or null. */
  readProblem: ReadProblem | null;
  /** Why the latest answers are not in storage, or null when storage holds everything. */
  saveProblem: SaveProblem | null;
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
  /**
   * Validates `file` (parsed JSON or its text) and replaces or merges progress; untouched on error.
   * With `recover`, a damaged file of ours gives what can be read of it (see restoreProgress).
   */
  importProgress: (
    file: unknown,
    mode: 'replace' | 'merge',
    options?: { recover?: boolean },
  ) => Promise<ImportResult>;
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
  /**
   * Lets saving write over damaged data that could not be backed up, once the learner has
   * downloaded it or chosen to start over without it.
   */
  releaseDamaged: (how: 'downloaded' | 'start-over') => void;
  /** Hides a notice (a save problem comes back with the next failed save). */
  dismissProblem: (which: 'read' | 'save') => void;
  /**
   * Saves now if the latest state is not in storage yet (a failed save is retried); true when
   * storage holds everything, false while progress exists only in memory (e.g. before a reload).
   */
  flush: () => boolean;
  /** Whether answers exist only in memory (as flush() would say, without trying to save). */
  hasUnsaved: () => boolean;
  /**
   * Tries again to read saved progress that could not be read (its reader did not load); answers
   * given meanwhile are added to it. Resolves whether it has been read now.
   */
  retryRead: () => Promise<boolean>;
  /** Stops listening to other tabs and to the page (tests; the app's store lives as long as the page). */
  stopSync: () => void;
}

/** The progress itself, without the store's notices and actions. */
export function dataOf(s: ProgressData): ProgressData {
  return {
    settings: s.settings,
    cards: s.cards,
    log: s.log,
    resetAt: s.resetAt,
    undone: s.undone,
    confusions: s.confusions,
  };
}

/** Whether `s` holds the same progress objects as `data` (every change makes new ones). */
export function sameData(data: ProgressData, s: ProgressData): boolean {
  return (
    data.cards === s.cards &&
    data.log === s.log &&
    data.settings === s.settings &&
    data.resetAt === s.resetAt &&
    data.undone === s.undone &&
    data.confusions === s.confusions
  );
}
