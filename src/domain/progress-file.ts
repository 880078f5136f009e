import { isReview, type LogEntry } from './card-model';
import { encodeConfusions, type StoredConfusions } from './confusions';
import type { ProgressData } from './progress-data';
import { encodeLog, type CompactLog } from './progress-codec';
import type { StoredCard } from './progress-schema';
import type { StudySettings } from './study-settings';

export { emptyProgress, MAX_UNDONE, type ProgressData } from './progress-data';
export { entryKey, mergeProgress } from './progress-merge';

/** Marks our files, so that a foreign JSON file is told apart from a damaged one. */
export const PROGRESS_FORMAT = 'http-status-trainer-progress';
/** Version 1 was zustand's plain JSON (objects for log entries); 2 is the compact log below. */
export const PROGRESS_VERSION = 2;
/** The saved and exported JSON (version 2). */
export interface ProgressFile {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  exportedAt?: number;
  resetAt: number;
  settings: StudySettings;
  cards: Record<string, StoredCard>;
  log: CompactLog;
  undone: CompactLog;
  /**
   * Added by issue 15 without a version change: optional, so progress saved before reads as none,
   * and an entry without its log entry is dropped on reading.
   */
  confusions?: StoredConfusions;
}

/** The versioned JSON object of this progress (what is saved, and with `now` as exportedAt, exported). */
export function exportProgress(state: ProgressData, now?: number): ProgressFile {
  const cards: Record<string, StoredCard> = {};
  for (const [id, card] of Object.entries(state.cards)) {
    const stored: StoredCard & { id?: string } = { ...card };
    delete stored.id;
    cards[id] = stored;
  }
  return {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    ...(now === undefined ? {} : { exportedAt: now }),
    resetAt: state.resetAt,
    settings: state.settings,
    cards,
    log: encodeLog(state.log),
    undone: encodeLog(state.undone),
    ...(state.confusions.length > 0 ? { confusions: encodeConfusions(state.confusions) } : {}),
  };
}

/** The reviews as CSV for FSRS optimisers (manual actions such as resets are not reviews and are left out). */
export function reviewLogCsv(log: readonly LogEntry[]): string {
  const rows = ['card_id,review_time,review_rating,review_state,review_duration'];
  const state = { new: 0, learning: 1, review: 2, relearning: 3 } as const;
  for (const e of log) {
    if (!isReview(e)) continue;
    rows.push(`${e.cardId},${e.review},${e.grade},${state[e.state]},${e.durationMs}`);
  }
  return `${rows.join('\n')}\n`;
}
