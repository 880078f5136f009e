import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { shiftStudyDay } from '../../domain/stats';
import { studyDayStart } from '../../domain/study-day';
import { useLanguage } from '../../state/use-texts';
import { DataTable } from './data-table';
import type { Stats } from './use-stats';

const WIDTH = 600;
const HEIGHT = 190;
const LEFT = 36;
const TOP = 16;
const BOTTOM = 24;
const PLOT_H = HEIGHT - TOP - BOTTOM;

/** A "nice" axis maximum at or above `max` (1, 2, 5, 10, 20, 50, …). */
function niceMax(max: number): number {
  if (max <= 1) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 5, 10].map((m) => m * step).find((v) => v >= max) ?? 10 * step) as number;
}

/** Bars of cards due on each of the next 30 study days, with the counts written on them and a table. */
export function ForecastChart({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const titleId = useId();
  const { forecast, now, dayStartHour } = stats;
  const top = niceMax(Math.max(...forecast));
  const slot = (WIDTH - LEFT) / forecast.length;
  const today = studyDayStart(now, dayStartHour);
  const dateOf = (i: number) =>
    new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric' }).format(
      shiftStudyDay(today, i, dayStartHour),
    );
  const sum = (from: number, to: number) => forecast.slice(from, to).reduce((a, b) => a + b, 0);
  const dayLabel = (i: number) => (i === 0 ? t('stats.forecast.today') : dateOf(i));

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
      <svg
        className="chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('stats.forecast.chartLabel')}
      >
        <line x1={LEFT} x2={WIDTH} y1={TOP} y2={TOP} className="chart__grid" />
        <line x1={LEFT} x2={WIDTH} y1={TOP + PLOT_H} y2={TOP + PLOT_H} className="chart__axis" />
        <text
          x={LEFT - 6}
          y={TOP}
          textAnchor="end"
          dominantBaseline="central"
          className="chart__label"
        >
          {top}
        </text>
        <text
          x={LEFT - 6}
          y={TOP + PLOT_H}
          textAnchor="end"
          dominantBaseline="central"
          className="chart__label"
        >
          0
        </text>
        {forecast.map((count, i) => {
          const h = (count / top) * PLOT_H;
          const x = LEFT + i * slot + 2;
          return (
            <g key={i}>
              {count > 0 && (
                <>
                  <rect x={x} y={TOP + PLOT_H - h} width={slot - 4} height={h} className="bar" />
                  <text
                    x={x + (slot - 4) / 2}
                    y={TOP + PLOT_H - h - 3}
                    textAnchor="middle"
                    className="chart__value chart__value--small"
                  >
                    {count}
                  </text>
                </>
              )}
              {i % 7 === 0 && (
                <text x={x} y={HEIGHT - 6} className="chart__label">
                  {dayLabel(i)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <DataTable
        caption={t('stats.forecast.title')}
        head={[t('stats.forecast.day'), t('stats.forecast.due')]}
        rows={forecast.map((count, i) => [dayLabel(i), count])}
      />
    </figure>
  );
}
