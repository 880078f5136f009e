import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CARD_KINDS,
  cardId,
  isReview,
  type CardKind,
  type ReviewLogEntry,
} from '../../domain/card-model';
import { kindSpec } from '../../domain/card-kinds/registry';
import { findCode } from '../../domain/dataset';
import { deckFor, DUEL_PAIRS, KNOWLEDGE_INDEX } from '../../state/progress-selectors';
import { useProgress, useStores } from '../../state/stores';
import { useLanguage } from '../../state/use-texts';

function useDateFormat(): (ms: number) => string {
  const lang = useLanguage();
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  return (ms) => format.format(ms);
}

/** One card's state, next review and every review of it (newest first). */
function CardHistory({
  id,
  kind,
  code,
  other,
}: {
  id: string;
  kind: CardKind;
  code: number;
  other?: number;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const card = useProgress((s) => s.cards[id]);
  const log = useProgress((s) => s.log);
  const settings = useProgress((s) => s.settings);
  const now = useStores().env.now();
  const formatDate = useDateFormat();
  const reviews = log.filter((e): e is ReviewLogEntry => e.cardId === id && isReview(e)).reverse();
  const facts = findCode(code);
  const inDeck =
    settings.kinds.includes(kind) &&
    (facts?.status !== 'unofficial' || settings.includeUnofficial) &&
    deckFor(settings).some((d) => d.id === id);

  return (
    <section className="card-history" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`browse.history.kinds.${kind}`, { other })}</h3>
      {!card || card.state === 'new' ? (
        <p>{inDeck ? t('browse.history.notStudied') : t('browse.history.notInDeck')}</p>
      ) : (
        <ul className="card-history__facts">
          <li>
            {t('browse.history.stateLine', { state: t(`browse.history.state.${card.state}`) })}
          </li>
          <li>
            {card.due <= now
              ? t('browse.history.dueNow')
              : t('browse.history.due', { date: formatDate(card.due) })}
          </li>
          {card.lapses > 0 && <li>{t('browse.history.lapses', { count: card.lapses })}</li>}
          {card.leech && <li className="card-history__leech">{t('browse.history.leech')}</li>}
          {card.suspended && <li>{t('browse.history.suspended')}</li>}
        </ul>
      )}
      {reviews.length > 0 && (
        <table className="card-history__reviews">
          <caption className="visually-hidden">{t('browse.history.reviewsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('browse.history.date')}</th>
              <th scope="col">{t('browse.history.grade')}</th>
            </tr>
          </thead>
          <tbody>
            {reviews.map((entry) => (
              <tr key={entry.review}>
                <td>{formatDate(entry.review)}</td>
                <td>{t(`browse.history.grades.${entry.grade}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * The user's history with a code: each of its cards (one per kind it has, one per confusable
 * partner for pair kinds), each with state, next review and reviews.
 */
export function CodeHistory({ code }: { code: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  type Row = { id: string; kind: CardKind; other: number | undefined };
  const cards = CARD_KINDS.flatMap((kind): Row[] => {
    const scope = kindSpec(kind).scope;
    if (scope === 'pair')
      return DUEL_PAIRS.filter((p) => p.includes(code)).map((p) => {
        const other = p[0] === code ? p[1] : p[0];
        return { id: cardId(p[0], kind, p[1]), kind, other };
      });
    if (scope === 'knowledge' && !KNOWLEDGE_INDEX[kind]?.includes(code)) return [];
    return [{ id: cardId(code, kind), kind, other: undefined }];
  });
  return (
    <section className="code-history" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('browse.history.title')}</h2>
      <div className="code-history__cards">
        {cards.map((c) => (
          <CardHistory
            key={c.id}
            id={c.id}
            code={code}
            kind={c.kind}
            {...(c.other === undefined ? {} : { other: c.other })}
          />
        ))}
      </div>
    </section>
  );
}
