import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { previewReschedule, rescheduleCards } from '../../state/fsrs-actions';
import { useProgress, useStores } from '../../state/stores';

const oneDecimal = (x: number) => (Math.round(x * 10) / 10).toString();

/**
 * The offer to reschedule existing cards after desired retention, parameters or the maximum interval
 * changed (off unless pressed, as in Anki): shown while some card would move, with how many move
 * earlier and later and what it does to the reviews per day of the next 30 days.
 */
export function RescheduleOffer() {
  const { t } = useTranslation();
  const { progress, env } = useStores();
  const settings = useProgress((s) => s.settings);
  const cards = useProgress((s) => s.cards);
  const log = useProgress((s) => s.log);
  const [message, setMessage] = useState('');
  const preview = useMemo(
    () => previewReschedule({ ...progress.getState(), settings, cards, log }, env.now()),
    [progress, env, settings, cards, log],
  );
  const { plan, reviewsPerDay } = preview;
  const moving = plan.entries.length;

  return (
    <div className="data-block">
      <h3>{t('fsrs.reschedule.title')}</h3>
      {moving === 0 ? (
        <p className="setting__hint">{t('fsrs.reschedule.none')}</p>
      ) : (
        <>
          <p>
            {t('fsrs.reschedule.pending', {
              count: moving,
              earlier: plan.earlier,
              later: plan.later,
            })}
          </p>
          <p>
            {t('fsrs.reschedule.workload', {
              before: oneDecimal(reviewsPerDay.before),
              after: oneDecimal(reviewsPerDay.after),
            })}
          </p>
          <p className="setting__hint">{t('fsrs.reschedule.hint')}</p>
          <button
            type="button"
            onClick={() => {
              const count = rescheduleCards(progress, env.now());
              setMessage(t('fsrs.reschedule.done', { count }));
            }}
          >
            {t('fsrs.reschedule.button')}
          </button>
        </>
      )}
      <p className="data-status" role="status">
        {message}
      </p>
    </div>
  );
}
