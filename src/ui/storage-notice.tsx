import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgress, useStores } from '../state/stores';
import { downloadText } from './download-text';
import './storage-notice.css';

/**
 * Tells the user what went wrong with their saved progress (unreadable data restored from what could
 * be read, or a save that failed) and offers the file that keeps it safe: the backup of the
 * unreadable data, or the progress held in memory.
 */
export function StorageNotice() {
  const { t } = useTranslation();
  const { progress, env } = useStores();
  const problem = useProgress((s) => s.problem);
  const titleId = useId();
  const stamp = new Date(env.now()).toISOString().slice(0, 10);

  return (
    <div role="alert" className="storage-notice-live">
      {problem && (
        <section className="storage-notice" aria-labelledby={titleId}>
          <div className="storage-notice__text">
            <p id={titleId} className="storage-notice__title">
              {problem.kind === 'corrupt'
                ? t('progress.notice.corruptTitle')
                : problem.kind === 'unread'
                  ? t('progress.notice.unreadTitle')
                  : t('progress.notice.unsavedTitle')}
            </p>
            <p>
              {problem.kind === 'corrupt'
                ? t('progress.notice.corruptBody')
                : problem.kind === 'unread'
                  ? t('progress.notice.unreadBody')
                  : problem.kind === 'quota'
                    ? t('progress.notice.quotaBody')
                    : t('progress.notice.saveFailedBody')}
            </p>
          </div>
          <div className="storage-notice__actions">
            {problem.kind === 'unread' ? (
              // What is in memory is not the learner's progress: nothing to download, reload to read it.
              <button type="button" className="primary" onClick={() => window.location.reload()}>
                {t('progress.notice.reload')}
              </button>
            ) : problem.kind === 'corrupt' ? (
              <button
                type="button"
                className="primary"
                onClick={() =>
                  downloadText(
                    `http-status-trainer-backup-${stamp}.json`,
                    problem.backup,
                    'application/json',
                  )
                }
              >
                {t('progress.notice.downloadBackup')}
              </button>
            ) : (
              <button
                type="button"
                className="primary"
                onClick={() =>
                  downloadText(
                    `http-status-trainer-progress-${stamp}.json`,
                    JSON.stringify(progress.getState().exportFile()),
                    'application/json',
                  )
                }
              >
                {t('progress.notice.downloadProgress')}
              </button>
            )}
            <button type="button" onClick={() => progress.getState().dismissProblem()}>
              {t('progress.notice.dismiss')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
