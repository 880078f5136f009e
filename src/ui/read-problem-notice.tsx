import { useTranslation } from 'react-i18next';
import type { ReadProblem } from '../state/progress-store';
import { useStores } from '../state/stores';
import { downloadText } from './download-text';
import { NoticeSection } from './notice-section';
import { SessionDownload } from './session-download';

/** What could not be read of the saved progress, and the backup of it. */
export function ReadProblemNotice({ problem }: { problem: ReadProblem }) {
  const { t } = useTranslation();
  const { progress, env } = useStores();
  const stamp = new Date(env.now()).toISOString().slice(0, 10);
  const dismiss = (
    <button type="button" onClick={() => progress.getState().dismissProblem('read')}>
      {t('progress.notice.dismiss')}
    </button>
  );

  if (problem.kind === 'newer')
    return (
      <NoticeSection
        title={t('progress.notice.newerTitle')}
        actions={
          <>
            <button type="button" className="primary" onClick={() => window.location.reload()}>
              {t('progress.notice.reloadToUpdate')}
            </button>
            <SessionDownload />
          </>
        }
      >
        <p>{t('progress.notice.newerBody')}</p>
      </NoticeSection>
    );

  if (problem.kind === 'unread')
    return (
      <NoticeSection
        title={t('progress.notice.unreadTitle')}
        actions={
          <>
            <button
              type="button"
              className="primary"
              onClick={() => void progress.getState().retryRead()}
            >
              {t('progress.notice.retry')}
            </button>
            <SessionDownload />
          </>
        }
      >
        <p>{t('progress.notice.unreadBody')}</p>
      </NoticeSection>
    );

  const downloadBackup = () => {
    downloadText(`http-status-trainer-backup-${stamp}.json`, problem.backup, 'application/json');
    progress.getState().releaseDamaged('downloaded');
  };
  const body =
    problem.backupKey !== null
      ? 'progress.notice.corruptBody'
      : problem.held
        ? 'progress.notice.corruptNoBackupBody'
        : 'progress.notice.corruptReleasedBody';
  return (
    <NoticeSection
      title={t('progress.notice.corruptTitle')}
      actions={
        <>
          <button type="button" className="primary" onClick={downloadBackup}>
            {t('progress.notice.downloadBackup')}
          </button>
          {problem.held ? (
            <button type="button" onClick={() => progress.getState().releaseDamaged('start-over')}>
              {t('progress.notice.startOver')}
            </button>
          ) : (
            dismiss
          )}
        </>
      }
    >
      <p>{t(body)}</p>
    </NoticeSection>
  );
}
