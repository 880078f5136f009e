import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from './app-env';
import { createPrefsStore, PREFS_STORAGE_KEY } from './prefs-store';

describe('prefs store', () => {
  it('keeps the backup reminder and the last backup across a reload, validating what it reads', () => {
    const storage = createMemoryStorage();
    const a = createPrefsStore(storage);
    expect(a.getState()).toMatchObject({ backupReminderDays: 7, lastBackupAt: null });
    a.getState().setBackupReminderDays(14);
    a.getState().setBackupReminderDays(-1); // ignored
    a.getState().setBackupReminderDays(2.5); // ignored
    a.getState().snoozeReminder(5_000);
    a.getState().recordBackup(4_000); // a backup ends the snooze too
    expect(createPrefsStore(storage).getState()).toMatchObject({
      backupReminderDays: 14,
      lastBackupAt: 4_000,
      reminderSnoozedUntil: null,
    });
    storage.setItem(
      PREFS_STORAGE_KEY,
      JSON.stringify({
        state: { theme: 'dark', backupReminderDays: 1e9, lastBackupAt: 'yesterday' },
        version: 1,
      }),
    );
    expect(createPrefsStore(storage).getState()).toMatchObject({
      theme: 'dark',
      backupReminderDays: 7,
      lastBackupAt: null,
    });
  });
});
