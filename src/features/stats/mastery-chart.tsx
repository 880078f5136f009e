import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASS_DIGITS } from '../../domain/code-classes';
import { MASTERY_LEVELS, type Mastery } from '../../domain/mastery';
import { ChartPatterns, usePatternId } from './chart-patterns';
import { DataTable } from './data-table';
import type { Stats } from './use-stats';

const BAR = 22;

/** The fill of a mastery segment: flat for new and mastered, patterned for learning and leech. */
function fillOf(level: Mastery, patterns: string): string | undefined {
  if (level === 'learning') return `url(#${patterns}-hatch)`;
  if (level === 'leech') return `url(#${patterns}-cross)`;
  return undefined;
}

/**
 * Stacked bars of codes per mastery level for each class, scaled to the largest class. Labels are
 * HTML beside each bar (readable at any width); the bars are SVG in percent, so nothing scales text.
 */
export function MasteryChart({ mastery }: { mastery: Stats['mastery'] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const patterns = usePatternId();
  const totals = CLASS_DIGITS.map((d) => MASTERY_LEVELS.reduce((n, l) => n + mastery[d][l], 0));
  const scale = 100 / Math.max(1, ...totals);

  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>
        <h2>{t('stats.mastery.title')}</h2>
        <p className="chart__note">{t('stats.mastery.note')}</p>
      </figcaption>
      <svg className="chart__defs" width="0" height="0" aria-hidden="true">
        <ChartPatterns id={patterns} />
      </svg>
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
      <div className="mastery-rows">
        {CLASS_DIGITS.map((digit, row) => {
          let x = 0;
          return (
            <div key={digit} className="mastery-row">
              <span className="mastery-row__label">{`${digit}xx`}</span>
              <svg className="mastery-row__bar" height={BAR} aria-hidden="true">
                {MASTERY_LEVELS.map((level) => {
                  const w = mastery[digit][level] * scale;
                  const start = x;
                  x += w;
                  return w > 0 ? (
                    <rect
                      key={level}
                      x={`${start}%`}
                      y={0.5}
                      width={`${w}%`}
                      height={BAR - 1}
                      className={`seg seg--${level}`}
                      fill={fillOf(level, patterns)}
                    />
                  ) : null;
                })}
              </svg>
              <span className="mastery-row__value">
                {t('stats.mastery.barValue', {
                  mastered: mastery[digit].mastered,
                  total: totals[row],
                })}
              </span>
            </div>
          );
        })}
      </div>
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
