import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MaxIntervalField } from './max-interval-field';
import { OptimizerPanel } from './optimizer-panel';
import { ParametersStatus } from './parameters-status';
import { RescheduleOffer } from './reschedule-offer';
import { RetentionSimulator } from './retention-simulator';
import './fsrs.css';

/**
 * The scheduler's settings (a lazy part of Settings): the learner's parameters and the optimiser,
 * the maximum interval, the offer to reschedule after a change, and the retention simulator.
 */
export default function FsrsSection() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="settings-part fsrs" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('fsrs.title')}</h2>
      <p className="setting__hint">{t('fsrs.intro')}</p>
      <ParametersStatus />
      <OptimizerPanel />
      <MaxIntervalField />
      <RescheduleOffer />
      <RetentionSimulator />
    </section>
  );
}
