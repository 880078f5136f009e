// The one place that says which times saved progress may hold. Restore checks every stored time
// against these bounds, and the scheduler never stamps past them, so that whatever the app accepts it
// can also write back and read again.
import { SETTING_BOUNDS } from './study-settings';

const DAY = 86_400_000;

/** The latest time a JavaScript Date can hold (8.64e15 ms, in the year 275760). */
export const MAX_DATE_MS = 8.64e15;
/**
 * How far after `now` a stored event (review, reset, export) may be dated: a clock that ran ahead and
 * was put right leaves entries in the future, and they are kept. Further out is damage.
 */
export const FUTURE_SLACK_MS = 366 * DAY;
/** How far after a file's own export time its entries may be dated (clock rounding, time zones). */
export const EXPORT_SLACK_MS = DAY;

/** The latest event time (review, reset, export) acceptable at `now`. */
export function latestEventTime(now: number): number {
  const base = Number.isFinite(now) ? Math.max(0, now) : 0;
  return Math.min(MAX_DATE_MS, base + FUTURE_SLACK_MS);
}

/** The latest due date acceptable at `now`: the longest interval after the latest event. */
export function latestDueTime(now: number): number {
  const longest = (SETTING_BOUNDS.maximumIntervalDays.max + 1) * DAY;
  return Math.min(MAX_DATE_MS, latestEventTime(now) + longest);
}

/** A short date for messages (`2027-01-05`), or the number itself when no Date holds it. */
export function formatTime(ms: number): string {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS
    ? new Date(ms).toISOString().slice(0, 10)
    : String(ms);
}
