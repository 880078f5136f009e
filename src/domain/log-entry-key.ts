import { isReview, type LogEntry } from './card-model';

/** What identifies one log entry across tabs and files (two answers that met different states are two). */
export function entryKey(e: LogEntry): string {
  return isReview(e)
    ? `${e.cardId}|${e.review}|${e.grade}|${e.durationMs}|${e.state}`
    : `${e.cardId}|${e.review}|${e.action}`;
}
