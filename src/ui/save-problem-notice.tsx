import { useTranslation } from 'react-i18next';
import type { SaveProblem } from '../state/progress-store';
import { useStores } from '../state/stores';
import { downloadText } from './download-text';
import { NoticeSection } from './notice-section';
import { SessionDownload } from './session-download';

/** Why the latest answers are only in this tab, and the download of the progress held in memory. */
export function SaveProblemNotice({ problem }: { problem: SaveProblem }) {
  const { t } = useTranslation();
  const { progress, env } = useStores();
  const stamp = new Date(env.now()).toISOString().slice(0, 10);
  const dismiss = (
    <button type="button" onClick={() => progress.getState().dismissProblem('save')}>
      {t('progress.notice.dismiss')}
    </button>
  );
  if (problem.kind === 'no-storage')
    return (
      <NoticeSection
        title={t('progress.notice.noStorageTitle')}
        actions={
          <>
            <SessionDownload />
            {dismiss}
          </>
        }
      >
        <p>{t('progress.notice.noStorageBody')}</p>
      </NoticeSection>
    );
  return (
    <NoticeSection
      title={t('progress.notice.unsavedTitle')}
      actions={
        <>
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
          {dismiss}
        </>
      }
    >
      <p>
        {problem.kind === 'quota'
          ? t('progress.notice.quotaBody')
          : t('progress.notice.saveFailedBody')}
      </p>
    </NoticeSection>
  );
}
