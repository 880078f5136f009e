import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionPoint } from '../../domain/workload-simulation';

const TOP = 14;
const PLOT_H = 150;
const BOTTOM = 22;
const HEIGHT = TOP + PLOT_H + BOTTOM;

const percent = (x: number) => `${Math.round(x * 100)} %`;
const oneDecimal = (x: number) => (Math.round(x * 10) / 10).toString();

/** A "nice" axis maximum at or above `max` (1, 2, 5, 10, 20, 50, …). */
function niceMax(max: number): number {
  if (max <= 1) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * step).find((v) => v >= max) ?? 10 * step;
}

interface RetentionChartProps {
  points: readonly RetentionPoint[];
  current: number;
  onChoose: (retention: number) => void;
}

/**
 * Reviews per day against desired retention, with the recall each gives in the readout and the
 * table. A point is chosen by pointer on the chart or by keyboard with the slider below it; the
 * button (or a table row's) then puts that retention in use.
 */
export function RetentionChart({ points, current, onChoose }: RetentionChartProps) {
  const { t } = useTranslation();
  const id = useId();
  const closest = points.reduce(
    (best, p, i) =>
      Math.abs(p.desiredRetention - current) <
      Math.abs((points[best]?.desiredRetention ?? 0) - current)
        ? i
        : best,
    0,
  );
  const [selected, setSelected] = useState(closest);
  const top = niceMax(Math.max(...points.map((p) => p.reviewsPerDay)));
  const slot = 100 / points.length;
  const x = (i: number) => `${(i + 0.5) * slot}%`;
  const y = (p: RetentionPoint) => TOP + PLOT_H - (p.reviewsPerDay / top) * PLOT_H;
  const chosen = points[selected];

  return (
    <figure className="fsrs-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{t('fsrs.simulator.caption')}</figcaption>
      <div className="fsrs-chart__plot">
        <div className="fsrs-chart__axis" aria-hidden="true">
          <span className="fsrs-chart__max">{top}</span>
          <span className="fsrs-chart__zero">0</span>
        </div>
        <svg height={HEIGHT} role="img" aria-label={t('fsrs.simulator.chartLabel')}>
          <line x1="0" x2="100%" y1={TOP} y2={TOP} className="fsrs-chart__grid" />
          <line
            x1="0"
            x2="100%"
            y1={TOP + PLOT_H}
            y2={TOP + PLOT_H}
            className="fsrs-chart__baseline"
          />
          {points.map((p, i) => {
            const next = points[i + 1];
            return (
              <g key={p.desiredRetention}>
                {next && (
                  <line
                    x1={x(i)}
                    y1={y(p)}
                    x2={x(i + 1)}
                    y2={y(next)}
                    className="fsrs-chart__line"
                  />
                )}
                <circle
                  cx={x(i)}
                  cy={y(p)}
                  r={i === selected ? 6 : 3}
                  className={
                    Math.abs(p.desiredRetention - current) < 0.001
                      ? 'fsrs-chart__point fsrs-chart__point--current'
                      : 'fsrs-chart__point'
                  }
                />
                {i % 5 === 0 && (
                  <text x={x(i)} y={HEIGHT - 6} textAnchor="middle" className="fsrs-chart__label">
                    {percent(p.desiredRetention)}
                  </text>
                )}
                {/* A tall, invisible target per point, so a finger need not hit the dot. */}
                <rect
                  x={`${i * slot}%`}
                  y={0}
                  width={`${slot}%`}
                  height={TOP + PLOT_H}
                  className="fsrs-chart__hit"
                  onClick={() => setSelected(i)}
                />
              </g>
            );
          })}
        </svg>
      </div>
      <div className="setting fsrs-chart__pick">
        <label htmlFor={`${id}-range`}>{t('fsrs.simulator.pick')}</label>
        <input
          id={`${id}-range`}
          type="range"
          min={0}
          max={points.length - 1}
          step={1}
          value={selected}
          aria-valuetext={chosen ? percent(chosen.desiredRetention) : ''}
          onChange={(e) => setSelected(Number(e.target.value))}
        />
      </div>
      {chosen && (
        <p className="fsrs-chart__readout" aria-live="polite">
          {t('fsrs.simulator.retention')}: {percent(chosen.desiredRetention)} ·{' '}
          {t('fsrs.simulator.reviews')}: {oneDecimal(chosen.reviewsPerDay)} ·{' '}
          {t('fsrs.simulator.recall')}: {percent(chosen.recall)}
        </p>
      )}
      {chosen && (
        <button type="button" className="primary" onClick={() => onChoose(chosen.desiredRetention)}>
          {t('fsrs.simulator.use', { value: percent(chosen.desiredRetention) })}
        </button>
      )}
      <details className="fsrs-data">
        <summary>{t('fsrs.simulator.showTable')}</summary>
        <div
          className="fsrs-data__scroll"
          tabIndex={0}
          role="region"
          aria-label={t('fsrs.simulator.caption')}
        >
          <table>
            <caption>{t('fsrs.simulator.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fsrs.simulator.retention')}</th>
                <th scope="col">{t('fsrs.simulator.reviews')}</th>
                <th scope="col">{t('fsrs.simulator.recall')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('fsrs.simulator.pick')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.desiredRetention}>
                  <th scope="row">{percent(p.desiredRetention)}</th>
                  <td>{oneDecimal(p.reviewsPerDay)}</td>
                  <td>{percent(p.recall)}</td>
                  <td>
                    {Math.abs(p.desiredRetention - current) < 0.001 ? (
                      t('fsrs.simulator.current')
                    ) : (
                      <button type="button" onClick={() => onChoose(p.desiredRetention)}>
                        {t('fsrs.simulator.use', { value: percent(p.desiredRetention) })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
