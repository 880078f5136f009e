import { cardId, parseCardId, type CardState, type LogEntry } from '../domain/card-model';
import { PAIR_KINDS } from '../domain/card-kinds/registry';
import { confusionTable, type ConfusionEvent } from '../domain/confusions';
import { classOf } from '../domain/dataset';
import { introductionRanks } from '../domain/introduction-order';
import {
  buildQueue,
  newCardsIntroducedToday,
  type QueueCounts,
  type QueueFilter,
  type QueueItem,
} from '../domain/queue';
import { nextStudyDayStart } from '../domain/study-day';
import type { StudySettings } from '../domain/study-settings';
import { deckFor } from './progress-selectors';

/** What the study queue is built from (the progress store's state has these fields). */
export interface ProgressSnapshot {
  cards: Readonly<Record<string, CardState>>;
  log: readonly LogEntry[];
  settings: StudySettings;
  /** Recent answers given as codes: pairs mixed up get their duels first. */
  confusions?: readonly ConfusionEvent[];
}

/** Today's queue for a filter; `extraNew` raises the day's new-card limit for this session only. */
export function studyQueue(
  p: ProgressSnapshot,
  filter: QueueFilter,
  extraNew: number,
  now: number,
) {
  return buildQueue({
    deck: deckFor(p.settings),
    cards: p.cards,
    log: p.log,
    settings: {
      dailyNewLimit: p.settings.dailyNewLimit + extraNew,
      dayStartHour: p.settings.dayStartHour,
      burySiblings: p.settings.burySiblings,
    },
    filter,
    ranks: introductionRanks(p.settings.newCardOrder),
    first: confusedFirstCached(p.confusions),
    now,
  });
}

let firstCache: { events: readonly ConfusionEvent[] | undefined; ids: string[] } | undefined;
/** confusedFirst, computed once per list of events (the queue is rebuilt after every answer). */
function confusedFirstCached(events: readonly ConfusionEvent[] | undefined): string[] {
  if (firstCache && firstCache.events === events) return firstCache.ids;
  const ids = confusedFirst(events ?? []);
  firstCache = { events, ids };
  return ids;
}

/**
 * A session on one code ("Study this code now" in Browse: its cards and its pairs' cards) or on
 * given cards (a duel from Stats): each once, due or not, skipping suspended cards and those already
 * answered in this session. A code's cards that wait for its recall card to graduate still wait.
 */
export function focusQueue(
  p: ProgressSnapshot,
  target: number | readonly string[],
  answered: ReadonlySet<string>,
): { items: QueueItem[]; counts: QueueCounts } {
  const counts: QueueCounts = { new: 0, learning: 0, due: 0 };
  const items: QueueItem[] = [];
  const deck = deckFor(p.settings);
  const add = (d: Omit<QueueItem, 'queue'>) => {
    const card = p.cards[d.cardId];
    if (answered.has(d.cardId) || card?.suspended) return;
    const queue =
      !card || card.state === 'new' ? 'new' : card.state === 'review' ? 'review' : 'learning';
    counts[queue === 'review' ? 'due' : queue] += 1;
    items.push({ ...d, queue });
  };
  if (typeof target === 'number') {
    for (const d of deck) {
      if (d.code !== target && !d.pair?.includes(target)) continue;
      const fresh = !p.cards[d.id] || p.cards[d.id]?.state === 'new';
      if (fresh && d.gate?.graduated && !d.gate.ids.every((id) => p.cards[id]?.state === 'review'))
        continue;
      add({
        cardId: d.id,
        code: d.code,
        kind: d.kind,
        classDigit: d.classDigit,
        ...(d.pair ? { pair: d.pair } : {}),
      });
    }
    return { items, counts };
  }
  // Named cards are studied even when their kind is off in Settings: the learner asked for them.
  for (const id of target) {
    const parsed = parseCardId(id);
    if (!parsed) continue;
    const { code, kind, pair } = parsed;
    add({ cardId: id, code, kind, classDigit: classOf(code), ...(pair ? { pair } : {}) });
  }
  return { items, counts };
}

/** The pair cards of the pairs the learner mixed up, most mixed up first: introduced before others. */
export function confusedFirst(confusions: readonly ConfusionEvent[]): string[] {
  return confusionTable(confusions).flatMap((row) =>
    PAIR_KINDS.map((kind) => cardId(row.pair[0], kind, row.pair[1])),
  );
}

/**
 * The card to show next: the queue's first, unless it is a sibling of the card just answered and
 * another code is waiting (the queue separates siblings within itself, not from the last card).
 */
export function pickNext(
  items: readonly QueueItem[],
  lastCode: number | undefined,
): QueueItem | undefined {
  return items.find((i) => i.code !== lastCode) ?? items[0];
}

export interface StudyOutlook {
  /** Earliest time a studied card of the filter falls due after `now` (undefined: none studied). */
  nextDue: number | undefined;
  /** Cards of the filter never studied yet. */
  newLeft: number;
  /**
   * New cards that could still be studied today beyond the day's limit (a code's other kinds wait
   * for the day after its first, and buried siblings for tomorrow, so this may be fewer than newLeft).
   */
  newToday: number;
  /** True when the day's new-card limit (plus extras) is used up while new cards remain. */
  newLimitReached: boolean;
  /** When the next study day (and its new cards) begins. */
  nextDay: number;
}

/** What lies ahead for a filter once today's queue is empty: the basis of the empty state. */
export function studyOutlook(
  p: ProgressSnapshot,
  filter: QueueFilter,
  extraNew: number,
  now: number,
): StudyOutlook {
  const classes = new Set(filter.classes);
  const only = filter.codes ? new Set(filter.codes) : undefined;
  let nextDue: number | undefined;
  let newLeft = 0;
  for (const d of deckFor(p.settings)) {
    if (!classes.has(d.classDigit) || (d.unofficial && !filter.includeUnofficial)) continue;
    if (only && !only.has(d.code)) continue;
    const card = p.cards[d.id];
    if (card?.suspended) continue;
    if (!card || card.state === 'new') newLeft++;
    else if (card.due > now && (nextDue === undefined || card.due < nextDue)) nextDue = card.due;
  }
  const introduced = newCardsIntroducedToday(p.log, now, p.settings.dayStartHour);
  const unlimited = studyQueue(p, filter, newLeft + introduced, now).counts.new;
  const limited = studyQueue(p, filter, extraNew, now).counts.new;
  return {
    nextDue,
    newLeft,
    newToday: unlimited - limited,
    newLimitReached: newLeft > 0 && introduced >= p.settings.dailyNewLimit + extraNew,
    nextDay: nextStudyDayStart(now, p.settings.dayStartHour),
  };
}

let last: { key: readonly unknown[]; value: unknown } | undefined;

/**
 * `build()`'s result, or the previous call's when every part of `key` is identical (===) to its
 * key: one entry, enough for an answer's queue asked for twice (handler, then render).
 */
export function sameAsLast<T>(key: readonly unknown[], build: () => T): T {
  if (last && last.key.length === key.length && last.key.every((k, i) => k === key[i]))
    return last.value as T;
  const value = build();
  last = { key, value };
  return value;
}
