// When to remind the learner to keep a backup of their progress. Browsers may delete the storage of
// a site that is not used for a while (Safari: seven days of use without a visit) or when the disk
// fills up; a backup file outlives both.
import type { LogEntry } from './card-model';
import { nextStudyDayStart, studyDayStart } from './study-day';

/** Study days without a backup after which the learner is reminded, unless they choose otherwise. */
export const DEFAULT_BACKUP_REMINDER_DAYS = 7;
/** The setting's range; 0 turns the reminder off. */
export const BACKUP_REMINDER_BOUNDS = { min: 0, max: 90 } as const;

/** What the reminder depends on. Times are epoch ms. */
export interface BackupReminderInput {
  log: readonly LogEntry[];
  /** When progress was last exported or written to the backup file; null if never. */
  lastBackupAt: number | null;
  /** Remind after this many study days without a backup (0: never). */
  everyStudyDays: number;
  /** The app runs installed (Home Screen, its own window). */
  installed: boolean;
  /** The browser has granted persistent storage: it will not evict it on its own. */
  persisted: boolean;
  dayStartHour: number;
  /** "Not now" was chosen: no reminder before this time. */
  snoozedUntil: number | null;
  now: number;
}

/** The number of study days (by the learner's day start) with at least one entry after `since`. */
export function studyDaysSince(
  log: readonly LogEntry[],
  since: number,
  dayStartHour: number,
): number {
  const days = new Set<number>();
  // Newest first: a log is appended in time order, so the loop stops at the last backup.
  for (let i = log.length - 1; i >= 0; i--) {
    const review = (log[i] as LogEntry).review;
    if (review <= since) break;
    days.add(studyDayStart(review, dayStartHour));
  }
  return days.size;
}

/**
 * Whether to remind the learner to keep a backup: once `everyStudyDays` study days have had
 * reviews since the last backup. Never when the setting is 0, while snoozed, or when the app is
 * installed and its storage persisted (nothing then deletes it behind the learner's back).
 */
export function backupReminderDue(input: BackupReminderInput): boolean {
  if (input.everyStudyDays <= 0) return false;
  if (input.installed && input.persisted) return false;
  if (input.snoozedUntil !== null && input.now < input.snoozedUntil) return false;
  const since = input.lastBackupAt ?? -Infinity;
  return studyDaysSince(input.log, since, input.dayStartHour) >= input.everyStudyDays;
}

/** Until when "Not now" silences the reminder: the start of the next study day. */
export function snoozeBackupReminder(now: number, dayStartHour: number): number {
  return nextStudyDayStart(now, dayStartHour);
}
