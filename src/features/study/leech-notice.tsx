import { useTranslation } from 'react-i18next';

/**
 * Shown on the back of a card flagged as a leech (forgotten again and again): says so, and offers
 * what Anki users expect, suspending the card or starting it over, instead of grading it again.
 */
export function LeechNotice({
  lapses,
  onAction,
}: {
  lapses: number;
  onAction: (action: 'suspend' | 'reset') => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="leech-notice">
      <p>{t('study.leech.notice', { count: lapses })}</p>
      <div className="session-actions">
        <button type="button" onClick={() => onAction('suspend')}>
          {t('study.leech.suspend')}
        </button>
        <button type="button" onClick={() => onAction('reset')}>
          {t('study.leech.reset')}
        </button>
      </div>
    </div>
  );
}
