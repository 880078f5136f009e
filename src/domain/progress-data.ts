import type { CardState, LogEntry } from './card-model';
import type { ConfusionEvent } from './confusions';
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from './study-settings';

/** Undone entries remembered so that a merge with another tab does not bring them back. */
export const MAX_UNDONE = 200;

/** Everything a learner's progress consists of. */
export interface ProgressData {
  settings: StudySettings;
  cards: Record<string, CardState>;
  log: LogEntry[];
  /** When progress was last wiped (reset, or import that replaces); 0 if never. */
  resetAt: number;
  /** Entries undone recently, most recent last (at most MAX_UNDONE). */
  undone: LogEntry[];
  /** Recent answers given as a code about confusable codes (the Stats' confusion table, duels first). */
  confusions: ConfusionEvent[];
}

/** No progress yet. */
export function emptyProgress(
  settings: StudySettings = { ...DEFAULT_STUDY_SETTINGS, kinds: [...DEFAULT_STUDY_SETTINGS.kinds] },
): ProgressData {
  return { settings, cards: {}, log: [], resetAt: 0, undone: [], confusions: [] };
}
