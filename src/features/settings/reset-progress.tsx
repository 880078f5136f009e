import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgress } from '../../state/stores';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { countProgress, ProgressCountsTable } from './progress-counts';

/** Reset of all progress, only after a confirmation that says how many cards and reviews go. */
export function ResetProgress() {
  const { t } = useTranslation();
  const cards = useProgress((s) => s.cards);
  const log = useProgress((s) => s.log);
  const reset = useProgress((s) => s.resetProgress);
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');

  return (
    <div className="data-block">
      <h3>{t('settings.data.resetTitle')}</h3>
      <p className="setting__hint">{t('settings.data.resetHint')}</p>
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        {t('settings.data.resetButton')}
      </button>
      <p className="data-status" role="status">
        {message}
      </p>
      {asking && (
        <ConfirmDialog
          title={t('settings.data.resetConfirmTitle')}
          confirmLabel={t('settings.data.resetConfirm')}
          danger
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            reset();
            setAsking(false);
            setMessage(t('settings.data.resetDone'));
          }}
        >
          <p>{t('settings.data.resetConfirmBody')}</p>
          <ProgressCountsTable
            columns={[[t('settings.data.counts.lost'), countProgress(cards, log)]]}
          />
        </ConfirmDialog>
      )}
    </div>
  );
}
