import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrefs, useStores } from '../state/stores';
import { backupFileFor } from './backup-file';
import { downloadBackup } from './download-backup';
import './durability.css';

/**
 * The backups a learner can make: a one-tap download everywhere, and where the browser allows it,
 * a backup file chosen once and rewritten after each session (with its state: written, waiting for
 * permission, failed).
 */
export function BackupActions() {
  const { t, i18n } = useTranslation();
  const stores = useStores();
  const lastBackupAt = usePrefs((s) => s.lastBackupAt);
  const file = backupFileFor(stores);
  const state = useSyncExternalStore(file.subscribe, file.getState, file.getState);
  const [message, setMessage] = useState('');
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const keeping =
    state.kind === 'ready' || state.kind === 'needs-permission' || state.kind === 'failed';

  return (
    <div className="backup-actions">
      <p>
        {lastBackupAt === null
          ? t('durability.noBackup')
          : t('durability.lastBackup', { date: format.format(lastBackupAt) })}
      </p>
      <div className="backup-actions__buttons">
        <button
          type="button"
          onClick={() => setMessage(t('durability.downloaded', { file: downloadBackup(stores) }))}
        >
          {t('durability.download')}
        </button>
        {(state.kind === 'off' || state.kind === 'failed') && (
          <button type="button" onClick={() => void file.pick()}>
            {t('durability.file.keep')}
          </button>
        )}
        {state.kind === 'needs-permission' && (
          <button type="button" className="primary" onClick={() => void file.allow()}>
            {t('durability.file.allow')}
          </button>
        )}
        {keeping && (
          <button type="button" onClick={() => void file.stop()}>
            {t('durability.file.stop')}
          </button>
        )}
      </div>
      {state.kind === 'off' && <p className="backup-actions__hint">{t('durability.file.hint')}</p>}
      {state.kind === 'ready' && (
        <p>
          {state.writtenAt === null
            ? t('durability.file.readyNotYet', { name: state.name })
            : t('durability.file.ready', {
                name: state.name,
                date: format.format(state.writtenAt),
              })}
        </p>
      )}
      {state.kind === 'needs-permission' && (
        <p>{t('durability.file.needsPermission', { name: state.name })}</p>
      )}
      {state.kind === 'failed' && (
        <p className="backup-actions__error">{t('durability.file.failed', { name: state.name })}</p>
      )}
      <p className="backup-actions__status" role="status">
        {message}
      </p>
    </div>
  );
}
