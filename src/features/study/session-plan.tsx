import { useTranslation } from 'react-i18next';
import type { CardState, LogEntry } from '../../domain/card-model';
import { ESSENTIAL_CODES } from '../../domain/introduction-order';
import type { QueueCounts, QueueItem } from '../../domain/queue';
import { estimateSessionMs } from '../../domain/session-estimate';
import { formatList } from '../../i18n/list-format';
import { useLanguage } from '../../state/use-texts';

const ESSENTIAL = new Set(ESSENTIAL_CODES);

/**
 * Today's session in one sentence, before the counts: how many codes are met for the first time
 * (essential ones named as such), how many new questions come about codes already known, how many
 * cards come back, and about how long it takes at the learner's own pace.
 */
export function SessionPlan({
  items,
  counts,
  cards,
  log,
}: {
  items: readonly QueueItem[];
  counts: QueueCounts;
  cards: Readonly<Record<string, CardState>>;
  log: readonly LogEntry[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const known = new Set<number>();
  for (const card of Object.values(cards))
    if (card.state !== 'new') known.add(Number(card.id.slice(0, card.id.indexOf(':'))));
  const newItems = items.filter((i) => i.queue === 'new');
  const fresh = new Set(newItems.filter((i) => !known.has(i.code)).map((i) => i.code));
  const followUps = newItems.filter((i) => known.has(i.code)).length;
  const essentials = [...fresh].filter((c) => ESSENTIAL.has(c)).length;
  const back = counts.learning + counts.due;
  const minutes = Math.max(1, Math.round(estimateSessionMs(counts, log) / 60_000));
  const parts: string[] = [];
  if (fresh.size > 0)
    parts.push(
      essentials === fresh.size
        ? t('study.plan.essential', { count: fresh.size })
        : t('study.plan.new', { count: fresh.size }),
    );
  if (followUps > 0) parts.push(t('study.plan.followUps', { count: followUps }));
  if (back > 0) parts.push(t('study.plan.back', { count: back }));
  const list = formatList(parts, lang);
  return <p className="session-plan">{t('study.plan.sentence', { list, count: minutes })}</p>;
}
