import { useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayCount } from '../../domain/stats';
import { useLanguage } from '../../state/use-texts';
import { DataTable } from './data-table';

const CELL = 11;
const GAP = 2;
const STEP = CELL + GAP;
const LEFT = 30;
const TOP = 16;

/** Intensity 0–4 of a day relative to the busiest day (0 = no reviews). */
function level(reviews: number, max: number): number {
  return reviews === 0 ? 0 : Math.max(1, Math.ceil((reviews / max) * 4));
}

interface MonthRow {
  key: string;
  label: string;
  reviews: number;
  days: number;
}

/** The last 365 study days as a week-by-week grid whose shade steps with the day's reviews, plus a table. */
export function ReviewCalendar({ days }: { days: readonly DayCount[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const titleId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  // On a narrow screen the grid scrolls sideways: start at the most recent weeks, as GitHub does.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, []);
  const max = Math.max(1, ...days.map((d) => d.reviews));
  const dayFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const monthFormat = new Intl.DateTimeFormat(lang, { month: 'short' });
  const monthYear = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long' });
  const firstWeekday = days[0] ? new Date(days[0].dayStart).getDay() : 0;
  const weeks = Math.ceil((firstWeekday + days.length) / 7);
  const width = LEFT + weeks * STEP;
  const height = TOP + 7 * STEP;

  const months: MonthRow[] = [];
  for (const day of days) {
    const d = new Date(day.dayStart);
    const key = `${d.getFullYear()}-${d.getMonth()}`;
    let row = months.at(-1);
    if (row?.key !== key) {
      row = { key, label: monthYear.format(d), reviews: 0, days: 0 };
      months.push(row);
    }
    row.reviews += day.reviews;
    if (day.reviews > 0) row.days += 1;
  }
  const total = months.reduce((n, m) => n + m.reviews, 0);
  const studied = months.reduce((n, m) => n + m.days, 0);
  const weekdayLabels = [1, 3, 5].map((wd) => ({
    wd,
    // 2026-01-04 was a Sunday, so day 4 + wd is that weekday.
    label: new Intl.DateTimeFormat(lang, { weekday: 'narrow' }).format(new Date(2026, 0, 4 + wd)),
  }));

  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>
        <h2>{t('stats.calendar.title')}</h2>
        <p className="chart__note">
          {t('stats.calendar.summary', { count: total, days: studied })}
        </p>
      </figcaption>
      <div
        ref={scroller}
        className="calendar-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('stats.calendar.title')}
      >
        <svg
          className="calendar"
          width={width}
          height={height}
          role="img"
          aria-label={t('stats.calendar.chartLabel')}
        >
          {weekdayLabels.map(({ wd, label }) => (
            <text
              key={wd}
              x={0}
              y={TOP + wd * STEP + CELL / 2}
              dominantBaseline="central"
              className="chart__label"
            >
              {label}
            </text>
          ))}
          {days.map((day, i) => {
            const slot = firstWeekday + i;
            const x = LEFT + Math.floor(slot / 7) * STEP;
            const y = TOP + (slot % 7) * STEP;
            const date = new Date(day.dayStart);
            return (
              <g key={day.dayStart}>
                {date.getDate() === 1 && (
                  <text x={x} y={TOP - 5} className="chart__label">
                    {monthFormat.format(date)}
                  </text>
                )}
                <rect
                  x={x}
                  y={y}
                  width={CELL}
                  height={CELL}
                  rx={2}
                  className={`heat heat--${level(day.reviews, max)}`}
                >
                  <title>
                    {t('stats.calendar.cell', { date: dayFormat.format(date), count: day.reviews })}
                  </title>
                </rect>
              </g>
            );
          })}
        </svg>
      </div>
      <p className="chart-legend chart-legend--scale" aria-hidden="true">
        {t('stats.calendar.less')}
        <svg width={5 * STEP} height={CELL}>
          {[0, 1, 2, 3, 4].map((l) => (
            <rect
              key={l}
              x={l * STEP}
              width={CELL}
              height={CELL}
              rx={2}
              className={`heat heat--${l}`}
            />
          ))}
        </svg>
        {t('stats.calendar.more')}
      </p>
      <DataTable
        caption={t('stats.calendar.title')}
        head={[t('stats.calendar.month'), t('stats.calendar.reviews'), t('stats.calendar.days')]}
        rows={months.map((m) => [m.label, m.reviews, m.days])}
      />
    </figure>
  );
}
