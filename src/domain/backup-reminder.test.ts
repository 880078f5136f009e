import { describe, expect, it } from 'vitest';
import type { LogEntry } from './card-model';
import {
  backupReminderDue,
  snoozeBackupReminder,
  studyDaysSince,
  type BackupReminderInput,
} from './backup-reminder';

/** Local time on a fixed date in March 2026. */
const at = (day: number, hour: number, minute = 0) =>
  new Date(2026, 2, day, hour, minute).getTime();
const review = (time: number): LogEntry => ({
  cardId: '404:recall',
  grade: 3,
  review: time,
  durationMs: 3000,
  state: 'review',
});
// Studied on March 1 (twice), 2, 4 (at 02:30: still March 3's study day with day start 4) and 5.
const log = [at(1, 9), at(1, 21), at(2, 8), at(4, 2, 30), at(5, 19)].map(review);
const base: BackupReminderInput = {
  log,
  lastBackupAt: null,
  everyStudyDays: 3,
  installed: false,
  persisted: false,
  dayStartHour: 4,
  snoozedUntil: null,
  now: at(5, 20),
};

describe('backup reminder', () => {
  it('counts study days by the learner’s day start, after the last backup', () => {
    expect(studyDaysSince(log, -Infinity, 4)).toBe(4); // March 1, 2, 3 (02:30 on the 4th), 5
    expect(studyDaysSince(log, -Infinity, 0)).toBe(4); // March 1, 2, 4, 5
    expect(studyDaysSince(log, at(1, 22), 4)).toBe(3);
    expect(studyDaysSince(log, at(5, 19), 4)).toBe(0);
  });

  it('is due after N study days without a backup, not before', () => {
    expect(backupReminderDue(base)).toBe(true);
    expect(backupReminderDue({ ...base, everyStudyDays: 5 })).toBe(false);
    expect(backupReminderDue({ ...base, lastBackupAt: at(2, 12) })).toBe(false); // 2 days since
    expect(backupReminderDue({ ...base, lastBackupAt: at(1, 22) })).toBe(true); // 3 days since
    expect(backupReminderDue({ ...base, log: [] })).toBe(false);
  });

  it('is off when set to 0, and when the app is installed and its storage persisted', () => {
    expect(backupReminderDue({ ...base, everyStudyDays: 0 })).toBe(false);
    expect(backupReminderDue({ ...base, installed: true, persisted: true })).toBe(false);
    // Either alone is not enough: Safari evicts a tab's storage; an unpersisted install may be too.
    expect(backupReminderDue({ ...base, installed: true })).toBe(true);
    expect(backupReminderDue({ ...base, persisted: true })).toBe(true);
  });

  it('"Not now" waits for the next study day', () => {
    const snoozedUntil = snoozeBackupReminder(at(5, 20), 4);
    expect(snoozedUntil).toBe(at(6, 4));
    expect(backupReminderDue({ ...base, snoozedUntil })).toBe(false);
    expect(backupReminderDue({ ...base, snoozedUntil, now: at(6, 4) })).toBe(true);
  });
});
