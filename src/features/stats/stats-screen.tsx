import { useTranslation } from 'react-i18next';
import { useEssentialsReadiness } from '../../state/use-readiness';
import { ReadinessMeter } from '../../ui/readiness-meter';
import { DurabilityNotice } from '../../pwa/durability-notice';
import { Link } from '../../ui/router';
import { Screen } from '../../ui/screen';
import { ConfusionTable } from './confusion-table';
import { ForecastChart } from './forecast-chart';
import { MasteryChart } from './mastery-chart';
import { RetentionTable } from './retention-table';
import { ReviewCalendar } from './review-calendar';
import { StatSummary } from './stat-summary';
import { useStats } from './use-stats';
import './stats.css';

/** How the user is doing: headline figures, mastery per class, forecast, review calendar, retention; where progress is kept. */
export function StatsScreen() {
  const { t } = useTranslation();
  const stats = useStats();
  const readiness = useEssentialsReadiness(stats.now);
  return (
    <Screen title={t('stats.title')}>
      {!stats.hasReviews && (
        <p className="stats-empty">
          {t('stats.noReviews')} <Link to="/study">{t('stats.studyLink')}</Link>
        </p>
      )}
      <StatSummary stats={stats} />
      <ReadinessMeter
        readiness={readiness}
        action={<Link to="/study?set=essentials">{t('card.readiness.study')}</Link>}
      />
      <MasteryChart mastery={stats.mastery} />
      <ForecastChart stats={stats} />
      <ReviewCalendar days={stats.calendar} />
      <RetentionTable stats={stats} />
      <DurabilityNotice className="stats-durability" />
      <ConfusionTable />
    </Screen>
  );
}
