import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { confusionTable } from '../../domain/confusions';
import { useProgress } from '../../state/stores';
import { Link } from '../../ui/router';

/** The most rows shown: the pairs that matter most. */
const MAX_ROWS = 10;

/**
 * The pairs the learner mixes up, most often first ("you mixed up 502 and 504 in 4 of 6 answers"),
 * each with a link that starts a duel session on the pair.
 */
export function ConfusionTable() {
  const { t } = useTranslation();
  const titleId = useId();
  const events = useProgress((s) => s.confusions);
  const rows = useMemo(() => confusionTable(events).slice(0, MAX_ROWS), [events]);
  return (
    <section className="stats-part" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('stats.confusions.title')}</h2>
      <p className="chart__note">{t('stats.confusions.note')}</p>
      {rows.length === 0 ? (
        <p>{t('stats.confusions.none')}</p>
      ) : (
        <ul className="confusion-list" aria-label={t('stats.confusions.tableLabel')}>
          {rows.map(({ pair: [a, b], mixed, total }) => (
            <li key={`${a}-${b}`} className="confusion-row">
              <span>{t('stats.confusions.row', { a, b, mixed, total })}</span>{' '}
              <Link to={`/study?duel=${a}-${b}`}>{t('stats.confusions.practise', { a, b })}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
