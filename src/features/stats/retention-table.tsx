import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Retention } from '../../domain/stats';
import { useLanguage } from '../../state/use-texts';
import type { Stats } from './use-stats';

/** True retention over 7 / 30 / all days beside the desired retention, as a table with small bars. */
export function RetentionTable({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const titleId = useId();
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const desired = stats.desiredRetention;
  const rows: [string, Retention][] = [
    [t('stats.retention.last7'), stats.retention.last7],
    [t('stats.retention.last30'), stats.retention.last30],
    [t('stats.retention.all'), stats.retention.all],
  ];
  return (
    <section className="stats-part" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('stats.retention.title')}</h2>
      <p className="chart__note">{t('stats.retention.explain')}</p>
      <p className="retention-desired">
        {t('stats.retention.desired', { rate: percent.format(desired) })}
      </p>
      <div
        className="chart-data__scroll"
        tabIndex={0}
        role="region"
        aria-label={t('stats.retention.tableLabel')}
      >
        <table className="retention-table">
          <thead>
            <tr>
              <th scope="col">{t('stats.retention.period')}</th>
              <th scope="col">{t('stats.retention.rate')}</th>
              <th scope="col">{t('stats.retention.answers')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, r]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>
                  {r.rate === undefined ? (
                    t('stats.retention.none')
                  ) : (
                    <span className="retention-cell">
                      <span>{percent.format(r.rate)}</span>
                      <svg viewBox="0 0 100 10" className="retention-bar" aria-hidden="true">
                        <rect width="100" height="10" className="retention-bar__track" />
                        <rect width={r.rate * 100} height="10" className="retention-bar__value" />
                        <line
                          x1={desired * 100}
                          x2={desired * 100}
                          y1="-2"
                          y2="12"
                          className="retention-bar__target"
                        />
                      </svg>
                    </span>
                  )}
                </td>
                <td>{t('stats.retention.count', { passed: r.passed, total: r.total })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
