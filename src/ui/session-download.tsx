import { useTranslation } from 'react-i18next';
import { useProgress, useStores } from '../state/stores';
import { downloadText } from './download-text';

/** The download of the progress this tab holds and storage does not (offered once there is any). */
export function SessionDownload() {
  const { t } = useTranslation();
  const { progress, env } = useStores();
  const answered = useProgress((s) => s.log.length > 0);
  if (!answered) return null;
  const stamp = new Date(env.now()).toISOString().slice(0, 10);
  return (
    <button
      type="button"
      onClick={() =>
        downloadText(
          `http-status-trainer-answers-${stamp}.json`,
          JSON.stringify(progress.getState().exportFile()),
          'application/json',
        )
      }
    >
      {t('progress.notice.downloadSession')}
    </button>
  );
}
