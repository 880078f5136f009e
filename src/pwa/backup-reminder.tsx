import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { snoozeBackupReminder } from '../domain/backup-reminder';
import { useStores } from '../state/stores';
import { downloadBackup } from './download-backup';

/** "Time for a backup": a calm banner with the one-tap download and "Not now" (until the next study day). */
export function BackupReminder({ days }: { days: number }) {
  const { t } = useTranslation();
  const stores = useStores();
  const titleId = useId();
  const snooze = () => {
    const { dayStartHour } = stores.progress.getState().settings;
    stores.prefs.getState().snoozeReminder(snoozeBackupReminder(stores.env.now(), dayStartHour));
  };
  return (
    <aside className="pwa-hint" aria-labelledby={titleId}>
      <div>
        <p id={titleId} className="pwa-hint__title">
          {t('durability.reminder.title')}
        </p>
        <p>{t('durability.reminder.body', { count: days })}</p>
      </div>
      <div className="pwa-banner__actions">
        <button type="button" className="primary" onClick={() => downloadBackup(stores)}>
          {t('durability.download')}
        </button>
        <button type="button" onClick={snooze}>
          {t('durability.reminder.notNow')}
        </button>
      </div>
    </aside>
  );
}
