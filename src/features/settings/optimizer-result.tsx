import { useTranslation } from 'react-i18next';
import type { FitScore } from '../../domain/fit-evaluation';

/** The outcome of an optimisation: both scores, whether the new weights were kept, what would move. */
export interface Comparison {
  before: FitScore;
  after: FitScore;
  items: number;
  better: boolean;
  /** Cards whose next review date the new weights would move (if rescheduled). */
  moves: number;
}

const fixed = (x: number) => (Number.isFinite(x) ? x.toFixed(4) : '–');

/** Before/after figures of an optimisation, and what happened to the parameters. */
export function OptimizerResult({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const { before, after, items, better, moves } = comparison;
  return (
    <div className="fsrs-result" role="status">
      <p className="fsrs-result__verdict">
        {better ? t('fsrs.optimize.better') : t('fsrs.optimize.notBetter')}
      </p>
      <table className="counts-table">
        <caption>{t('fsrs.optimize.compareCaption', { count: items })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fsrs.optimize.measure')}</th>
            <th scope="col">{t('fsrs.optimize.before')}</th>
            <th scope="col">{t('fsrs.optimize.after')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('fsrs.optimize.logLoss')}</th>
            <td>{fixed(before.logLoss)}</td>
            <td>{fixed(after.logLoss)}</td>
          </tr>
          <tr>
            <th scope="row">{t('fsrs.optimize.rmse')}</th>
            <td>{fixed(before.rmse)}</td>
            <td>{fixed(after.rmse)}</td>
          </tr>
        </tbody>
      </table>
      {better && <p>{t('fsrs.optimize.moves', { count: moves })}</p>}
    </div>
  );
}
