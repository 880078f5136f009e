/** The unit an interval is shown in, Anki-style: minutes under an hour, hours under a day, and so on. */
export type IntervalUnit = 'lessThanMinute' | 'minute' | 'hour' | 'day' | 'month' | 'year';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/**
 * How to show an interval: a unit and a value rounded for reading ("10 min", "3 d", "1.5 mo").
 * Hours, months and years keep one decimal below 10; minutes and days are whole.
 */
export function intervalParts(ms: number): { unit: IntervalUnit; value: number } {
  const oneDecimal = (x: number) => (x < 10 ? Math.round(x * 10) / 10 : Math.round(x));
  if (!Number.isFinite(ms) || ms < MINUTE - 500) return { unit: 'lessThanMinute', value: 1 };
  if (ms < HOUR - 30_000) return { unit: 'minute', value: Math.max(1, Math.round(ms / MINUTE)) };
  if (ms < DAY - HOUR / 2) return { unit: 'hour', value: oneDecimal(ms / HOUR) };
  if (ms < MONTH) return { unit: 'day', value: Math.round(ms / DAY) };
  if (ms < YEAR) return { unit: 'month', value: oneDecimal(ms / MONTH) };
  return { unit: 'year', value: oneDecimal(ms / YEAR) };
}
