import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASS_DIGITS } from '../../domain/dataset-schema';
import { MASTERY_LEVELS, type Mastery } from '../../domain/mastery';
import { ChartPatterns, usePatternId } from './chart-patterns';
import { DataTable } from './data-table';
import type { Stats } from './use-stats';

const ROW = 34;
const BAR = 22;
const LABEL_W = 48;
const BAR_W = 440;
const WIDTH = 600;

/** The fill of a mastery segment: flat for new and mastered, patterned for learning and leech. */
function fillOf(level: Mastery, patterns: string): string | undefined {
  if (level === 'learning') return `url(#${patterns}-hatch)`;
  if (level === 'leech') return `url(#${patterns}-cross)`;
  return undefined;
}

/** Stacked bars of codes per mastery level for each class, scaled to the largest class, with a table. */
export function MasteryChart({ mastery }: { mastery: Stats['mastery'] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const patterns = usePatternId();
  const totals = CLASS_DIGITS.map((d) => MASTERY_LEVELS.reduce((n, l) => n + mastery[d][l], 0));
  const scale = BAR_W / Math.max(1, ...totals);
  const height = CLASS_DIGITS.length * ROW + 4;

  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>
        <h2>{t('stats.mastery.title')}</h2>
        <p className="chart__note">{t('stats.mastery.note')}</p>
      </figcaption>
      <ul className="chart-legend" aria-label={t('stats.legend')}>
        {MASTERY_LEVELS.map((level) => (
          <li key={level}>
            <svg width="18" height="18" aria-hidden="true">
              <rect
                width="16"
                height="16"
                x="1"
                y="1"
                className={`seg seg--${level}`}
                fill={fillOf(level, patterns)}
              />
            </svg>
            {t(`stats.mastery.levels.${level}`)}
          </li>
        ))}
      </ul>
      <svg
        className="chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={t('stats.mastery.chartLabel')}
      >
        <ChartPatterns id={patterns} />
        {CLASS_DIGITS.map((digit, row) => {
          const y = row * ROW + 4;
          let x = LABEL_W;
          return (
            <g key={digit}>
              <text x={0} y={y + BAR / 2} dominantBaseline="central" className="chart__label">
                {`${digit}xx`}
              </text>
              {MASTERY_LEVELS.map((level) => {
                const w = mastery[digit][level] * scale;
                const seg = (
                  <rect
                    key={level}
                    x={x}
                    y={y}
                    width={w}
                    height={BAR}
                    className={`seg seg--${level}`}
                    fill={fillOf(level, patterns)}
                  />
                );
                x += w;
                return w > 0 ? seg : null;
              })}
              <text x={x + 8} y={y + BAR / 2} dominantBaseline="central" className="chart__value">
                {t('stats.mastery.barValue', {
                  mastered: mastery[digit].mastered,
                  total: totals[row],
                })}
              </text>
            </g>
          );
        })}
      </svg>
      <DataTable
        caption={t('stats.mastery.title')}
        head={[
          t('stats.mastery.class'),
          ...MASTERY_LEVELS.map((l) => t(`stats.mastery.levels.${l}`)),
          t('stats.mastery.total'),
        ]}
        rows={CLASS_DIGITS.map((digit, row) => [
          `${digit}xx`,
          ...MASTERY_LEVELS.map((l) => mastery[digit][l]),
          totals[row],
        ])}
      />
    </figure>
  );
}
