import { useTranslation } from 'react-i18next';
import type { Stats } from './use-stats';

/** The headline figures: reviews today, left to review today, current and longest streak. */
export function StatSummary({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const tiles: [string, string][] = [
    [t('stats.summary.today'), String(stats.today)],
    [t('stats.summary.due'), String(stats.toReview)],
    [t('stats.summary.current'), t('stats.summary.days', { count: stats.streaks.current })],
    [t('stats.summary.longest'), t('stats.summary.days', { count: stats.streaks.longest })],
  ];
  return (
    <>
      <h2 className="visually-hidden">{t('stats.summary.label')}</h2>
      <dl className="stat-tiles">
        {tiles.map(([label, value]) => (
          <div key={label} className="stat-tile">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
