import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  deleteBackup,
  listBackups,
  readBackup,
  type BackupInfo,
} from '../../state/progress-backups';
import { useStores } from '../../state/stores';
import { downloadText } from '../../ui/download-text';
import { ConfirmDialog } from '../../ui/confirm-dialog';

/**
 * The copies of unreadable progress kept on this device (one per distinct content): each can be
 * downloaded, then deleted to free the space. Shown only while there are any.
 */
export function DeviceBackups() {
  const { t, i18n } = useTranslation();
  const { env } = useStores();
  const id = useId();
  const [backups, setBackups] = useState<BackupInfo[]>(() => listBackups(env.storage));
  const [deleting, setDeleting] = useState<BackupInfo | null>(null);
  if (backups.length === 0) return null;
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const dateOf = (b: BackupInfo) => format.format(b.foundAt);
  const download = (b: BackupInfo) => {
    const text = readBackup(env.storage, b.key);
    const stamp = new Date(b.foundAt).toISOString().slice(0, 10);
    if (text !== null)
      downloadText(`http-status-trainer-backup-${stamp}.json`, text, 'application/json');
  };

  return (
    <div className="data-block" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('settings.data.backups.title')}</h3>
      <p className="setting__hint">{t('settings.data.backups.hint')}</p>
      <ul className="device-backups">
        {backups.map((b) => (
          <li key={b.key}>
            <span>
              {t('settings.data.backups.item', {
                date: dateOf(b),
                size: Math.max(1, Math.round(b.size / 1024)),
              })}
            </span>
            <button
              type="button"
              aria-label={t('settings.data.backups.downloadLabel', { date: dateOf(b) })}
              onClick={() => download(b)}
            >
              {t('settings.data.backups.download')}
            </button>
            <button
              type="button"
              className="danger"
              aria-label={t('settings.data.backups.deleteLabel', { date: dateOf(b) })}
              onClick={() => setDeleting(b)}
            >
              {t('settings.data.backups.delete')}
            </button>
          </li>
        ))}
      </ul>
      {deleting && (
        <ConfirmDialog
          title={t('settings.data.backups.confirmTitle')}
          confirmLabel={t('settings.data.backups.confirm')}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            deleteBackup(env.storage, deleting.key);
            setDeleting(null);
            setBackups(listBackups(env.storage));
          }}
        >
          <p>{t('settings.data.backups.confirmBody', { date: dateOf(deleting) })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
