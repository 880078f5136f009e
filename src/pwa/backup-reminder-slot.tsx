import { lazy, Suspense, useEffect } from 'react';
import { backupReminderDue, studyDaysSince } from '../domain/backup-reminder';
import { ensureScreenStrings } from '../i18n/i18n';
import { useDurability, usePrefs, useProgress, useStores } from '../state/stores';

// Shown a few times a month at most: the banner and its strings load only when due.
const Banner = lazy(() =>
  Promise.all([import('./backup-reminder'), ensureScreenStrings()]).then(([m]) => ({
    default: m.BackupReminder,
  })),
);

/**
 * The backup reminder when it is due (see backupReminderDue), and the backup file kept up to date
 * after each session once the learner has chosen one (its code loads only then).
 */
export function BackupReminderSlot({ installed }: { installed: boolean }) {
  const stores = useStores();
  const log = useProgress((s) => s.log);
  const dayStartHour = useProgress((s) => s.settings.dayStartHour);
  const prefs = usePrefs((s) => s);
  const persisted = useDurability((s) => s.persistence === 'persisted');
  const keepsFile = prefs.backupFileName !== null;

  useEffect(() => {
    if (keepsFile && 'showSaveFilePicker' in window)
      void import('./backup-file').then((m) => m.backupFileFor(stores));
  }, [keepsFile, stores]);

  const due = backupReminderDue({
    log,
    lastBackupAt: prefs.lastBackupAt,
    everyStudyDays: prefs.backupReminderDays,
    installed,
    persisted,
    dayStartHour,
    snoozedUntil: prefs.reminderSnoozedUntil,
    now: stores.env.now(),
  });
  if (!due) return null;
  const days = studyDaysSince(log, prefs.lastBackupAt ?? -Infinity, dayStartHour);
  return (
    <Suspense fallback={null}>
      <Banner days={days} />
    </Suspense>
  );
}
