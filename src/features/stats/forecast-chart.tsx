import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { shiftStudyDay } from '../../domain/stats';
import { studyDayStart } from '../../domain/study-day';
import { useLanguage } from '../../state/use-texts';
import { DataTable } from './data-table';
import type { Stats } from './use-stats';

const TOP = 16;
const PLOT_H = 140;
const BOTTOM = 22;
const HEIGHT = TOP + PLOT_H + BOTTOM;

/** A "nice" axis maximum at or above `max` (1, 2, 5, 10, 20, 50, …). */
function niceMax(max: number): number {
  if (max <= 1) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * step).find((v) => v >= max) ?? 10 * step;
}

/**
 * Bars of cards due on each of the next 30 study days, counts written above them (on wide screens)
 * and a table. Positions are in percent, so the text keeps its size at any width.
 */
export function ForecastChart({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const titleId = useId();
  const { forecast, now, dayStartHour } = stats;
  const top = niceMax(Math.max(...forecast));
  const slot = 100 / forecast.length;
  const today = studyDayStart(now, dayStartHour);
  const dateFormat = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric' });
  const dayLabel = (i: number) =>
    i === 0 ? t('stats.forecast.today') : dateFormat.format(shiftStudyDay(today, i, dayStartHour));
  const sum = (from: number, to: number) => forecast.slice(from, to).reduce((a, b) => a + b, 0);

  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>
        <h2>{t('stats.forecast.title')}</h2>
        <p className="chart__note">
          {t('stats.forecast.summary', {
            today: forecast[0] ?? 0,
            tomorrow: forecast[1] ?? 0,
            week: sum(0, 7),
            month: sum(0, 30),
          })}
        </p>
      </figcaption>
      <div className="forecast">
        {/* Positions match TOP and PLOT_H (stats.css). */}
        <div className="forecast__axis" aria-hidden="true">
          <span className="forecast__max">{top}</span>
          <span className="forecast__zero">0</span>
        </div>
        <svg
          className="forecast__plot"
          height={HEIGHT}
          role="img"
          aria-label={t('stats.forecast.chartLabel')}
        >
          <line x1="0" x2="100%" y1={TOP} y2={TOP} className="chart__grid" />
          <line x1="0" x2="100%" y1={TOP + PLOT_H} y2={TOP + PLOT_H} className="chart__axis" />
          {forecast.map((count, i) => {
            const h = (count / top) * PLOT_H;
            return (
              <g key={i}>
                {count > 0 && (
                  <>
                    <rect
                      x={`${i * slot + slot * 0.15}%`}
                      y={TOP + PLOT_H - h}
                      width={`${slot * 0.7}%`}
                      height={h}
                      className="bar"
                    />
                    <text
                      x={`${(i + 0.5) * slot}%`}
                      y={TOP + PLOT_H - h - 3}
                      textAnchor="middle"
                      className="chart__value chart__value--small"
                    >
                      {count}
                    </text>
                  </>
                )}
                {i % 7 === 0 && i < 28 && (
                  <text x={`${i * slot}%`} y={HEIGHT - 6} className="chart__label">
                    {dayLabel(i)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <DataTable
        caption={t('stats.forecast.title')}
        head={[t('stats.forecast.day'), t('stats.forecast.due')]}
        rows={forecast.map((count, i) => [dayLabel(i), count])}
      />
    </figure>
  );
}
