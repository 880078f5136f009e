import { useTranslation } from 'react-i18next';
import { isReview, type CardState, type LogEntry } from '../../domain/card-model';

/** How much progress there is: cards studied at least once, and reviews in the log. */
export function countProgress(
  cards: Readonly<Record<string, CardState>>,
  log: readonly LogEntry[],
) {
  return {
    cards: Object.values(cards).filter((c) => c.state !== 'new' || c.reps > 0).length,
    reviews: log.filter(isReview).length,
  };
}

export type ProgressCounts = ReturnType<typeof countProgress>;

/** A small table of studied cards and reviews, for one or two sides (the file and the user's own). */
export function ProgressCountsTable({ columns }: { columns: readonly [string, ProgressCounts][] }) {
  const { t } = useTranslation();
  return (
    <table className="counts-table">
      <thead>
        <tr>
          <td />
          {columns.map(([label]) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('settings.data.counts.cards')}</th>
          {columns.map(([label, c]) => (
            <td key={label}>{c.cards}</td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('settings.data.counts.reviews')}</th>
          {columns.map(([label, c]) => (
            <td key={label}>{c.reviews}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
