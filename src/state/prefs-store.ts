import { createStore, type StoreApi } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';
import { BACKUP_REMINDER_BOUNDS, DEFAULT_BACKUP_REMINDER_DAYS } from '../domain/backup-reminder';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Whether a card's back shows everything or keeps the details behind "More" ("auto": by screen width). */
export const LESSON_DETAILS = ['auto', 'open', 'closed'] as const;
export type LessonDetails = (typeof LESSON_DETAILS)[number];

/** The preferences kept in storage. */
interface StoredPrefs {
  theme: Theme;
  lessonDetails: LessonDetails;
  /** Remind to keep a backup after this many study days without one (0: never). */
  backupReminderDays: number;
  /** When progress was last exported or written to the backup file (epoch ms), or null. */
  lastBackupAt: number | null;
  /** "Not now" silences the backup reminder until then (epoch ms), or null. */
  reminderSnoozedUntil: number | null;
  /** The backup file kept up to date (File System Access API), by name; its handle is in IndexedDB. */
  backupFileName: string | null;
}

export interface PrefsState extends StoredPrefs {
  setTheme: (theme: Theme) => void;
  setLessonDetails: (lessonDetails: LessonDetails) => void;
  /** Sets N of the backup reminder; out-of-range or non-integer values are ignored. */
  setBackupReminderDays: (days: number) => void;
  /** Notes that a full backup of progress was made (a download or the backup file) at `at`. */
  recordBackup: (at: number) => void;
  snoozeReminder: (until: number) => void;
  setBackupFileName: (name: string | null) => void;
}

export const PREFS_STORAGE_KEY = 'hst-prefs';
const PREFS_VERSION = 1;

const DEFAULTS: StoredPrefs = {
  theme: 'system',
  lessonDetails: 'auto',
  backupReminderDays: DEFAULT_BACKUP_REMINDER_DAYS,
  lastBackupAt: null,
  reminderSnoozedUntil: null,
  backupFileName: null,
};

const validDays = (v: unknown): v is number =>
  Number.isInteger(v) &&
  (v as number) >= BACKUP_REMINDER_BOUNDS.min &&
  (v as number) <= BACKUP_REMINDER_BOUNDS.max;
const time = (v: unknown): number | null =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : null;

function restorePrefs(raw: unknown): StoredPrefs {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    theme: THEMES.includes(r.theme as Theme) ? (r.theme as Theme) : DEFAULTS.theme,
    lessonDetails: LESSON_DETAILS.includes(r.lessonDetails as LessonDetails)
      ? (r.lessonDetails as LessonDetails)
      : DEFAULTS.lessonDetails,
    backupReminderDays: validDays(r.backupReminderDays)
      ? r.backupReminderDays
      : DEFAULTS.backupReminderDays,
    lastBackupAt: time(r.lastBackupAt),
    reminderSnoozedUntil: time(r.reminderSnoozedUntil),
    backupFileName:
      typeof r.backupFileName === 'string' && r.backupFileName.length <= 255
        ? r.backupFileName
        : null,
  };
}

/** Preferences (theme, lesson details, backup reminder and file), persisted to `storage` and validated on the way back. */
export function createPrefsStore(storage: Storage): StoreApi<PrefsState> {
  return createStore<PrefsState>()(
    persist(
      (set) => ({
        ...DEFAULTS,
        setTheme: (theme) => set({ theme }),
        setLessonDetails: (lessonDetails) => set({ lessonDetails }),
        setBackupReminderDays: (days) => {
          if (validDays(days)) set({ backupReminderDays: days });
        },
        recordBackup: (at) => set({ lastBackupAt: at, reminderSnoozedUntil: null }),
        snoozeReminder: (until) => set({ reminderSnoozedUntil: until }),
        setBackupFileName: (backupFileName) => set({ backupFileName }),
      }),
      {
        name: PREFS_STORAGE_KEY,
        version: PREFS_VERSION,
        storage: createJSONStorage(() => storage),
        partialize: (s): StoredPrefs => ({
          theme: s.theme,
          lessonDetails: s.lessonDetails,
          backupReminderDays: s.backupReminderDays,
          lastBackupAt: s.lastBackupAt,
          reminderSnoozedUntil: s.reminderSnoozedUntil,
          backupFileName: s.backupFileName,
        }),
        migrate: (persisted) => restorePrefs(persisted) as PrefsState,
        merge: (persisted, current) => ({ ...current, ...restorePrefs(persisted) }),
      },
    ),
  );
}
