import { isReview, type LogEntry } from './card-model';

/** What identifies one log entry across tabs and files. */
export function entryKey(e: LogEntry): string {
  return isReview(e)
    ? `${e.cardId}|${e.review}|${e.grade}|${e.durationMs}`
    : `${e.cardId}|${e.review}|${e.action}`;
}
