import { isReview, type LogEntry } from './card-model';
import { encodeConfusions, type StoredConfusions } from './confusions';
import type { ProgressData } from './progress-data';
import { encodeLog, type CompactLog } from './progress-codec';
import type { StoredCard } from './progress-schema';
import type { StudySettings } from './study-settings';

export { emptyProgress, MAX_UNDONE, type ProgressData } from './progress-data';
// mergeProgress (./progress-merge) loads with the validator: a first visit has nothing to merge.
export { entryKey } from './log-entry-key';

/** Marks our files, so that a foreign JSON file is told apart from a damaged one. */
export const PROGRESS_FORMAT = 'http-status-trainer-progress';
/**
 * Version 1 was zustand's plain JSON (objects for log entries); 2 the compact log below with times in
 * whole seconds; 3 keeps milliseconds, so that two tabs answering one card in one second keep both
 * answers. Older versions are read by progress-migrate.ts.
 */
export const PROGRESS_VERSION = 3;
/** The saved and exported JSON (version 3). */
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

/**
 * The versioned JSON object of this progress (what is saved, and with `now`, exported). Its
 * exportedAt is never before the latest time the file holds (a clock set back stamps entries after
 * `now`), since an import refuses entries dated after their file's export.
 */
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
    ...(now === undefined ? {} : { exportedAt: Math.max(now, latestTime(state)) }),
    resetAt: state.resetAt,
    settings: state.settings,
    cards,
    log: encodeLog(state.log),
    undone: encodeLog(state.undone),
    ...(state.confusions.length > 0 ? { confusions: encodeConfusions(state.confusions) } : {}),
  };
}

function latestTime(state: ProgressData): number {
  let latest = state.resetAt;
  for (const e of state.log) if (e.review > latest) latest = e.review;
  for (const card of Object.values(state.cards))
    if (card.updatedAt > latest) latest = card.updatedAt;
  return latest;
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
