import { isReview, type CardState, type DeckCard, type LogEntry } from './card-model';
import type { ClassDigit } from './code-classes';
import { nextStudyDayStart, studyDayStart } from './study-day';

/** Which cards a session draws from: any subset of the classes, unofficial codes or not, and optionally only some codes. */
export interface QueueFilter {
  classes: readonly ClassDigit[];
  includeUnofficial: boolean;
  /** Only these codes (the essentials track, say); every code when absent. */
  codes?: readonly number[] | undefined;
}

export type QueueKind = 'learning' | 'review' | 'new';

export interface QueueItem {
  cardId: string;
  code: number;
  kind: DeckCard['kind'];
  /** Both codes of a pair card. */
  pair?: readonly [number, number];
  classDigit: ClassDigit;
  queue: QueueKind;
}

export interface QueueCounts {
  new: number;
  learning: number;
  due: number;
}

export interface BuildQueueInput {
  deck: readonly DeckCard[];
  cards: Readonly<Record<string, CardState>>;
  log: readonly LogEntry[];
  settings: {
    dailyNewLimit: number;
    dayStartHour: number;
    /** Once a card of a code is answered, its other new and review cards wait for the next day (default on). */
    burySiblings?: boolean;
  };
  filter: QueueFilter;
  now: number;
  /** Each code's place in the introduction order (see introductionRanks); code order when absent. */
  ranks?: ReadonlyMap<number, number>;
  /** Learning cards due within this window are shown at the end rather than making the user wait (Anki's learn-ahead). */
  learnAheadMs?: number;
  /**
   * New cards to introduce before any other, in this order, once their gates open (the duels of
   * pairs the learner has mixed up, say).
   */
  first?: readonly string[];
}

export const DEFAULT_LEARN_AHEAD_MS = 20 * 60 * 1000;
const DAY_MS = 86_400_000;
/**
 * How far behind its code each further kind of the code is introduced, in places of the introduction
 * order: about one day's worth of new cards, so that each day mixes new codes with new ways of asking
 * about the codes met before.
 */
export const KIND_SPACING = 20;

/** The code of a card id ("404:recall" → 404) without a regular expression: the log is long. */
const codeOfId = (id: string) => Number(id.slice(0, id.indexOf(':')));

/** What the log says about the study day containing `now`, read in one pass. */
export interface DayLog {
  /** New cards first studied today (not counting those the learner added from a quiz). */
  introduced: number;
  /** Cards answered today. */
  answered: Set<string>;
  /** Codes with a card answered today. */
  codes: Set<number>;
  /** Cards answered before today. */
  before: Set<string>;
}

/** The day's answers and the cards answered before it, from one pass over the log. */
export function readDayLog(log: readonly LogEntry[], now: number, dayStartHour: number): DayLog {
  const start = studyDayStart(now, dayStartHour);
  const end = nextStudyDayStart(now, dayStartHour);
  const day: DayLog = { introduced: 0, answered: new Set(), codes: new Set(), before: new Set() };
  for (const e of log) {
    if (!isReview(e)) continue;
    if (e.review < start) day.before.add(e.cardId);
    else if (e.review < end) {
      day.answered.add(e.cardId);
      day.codes.add(codeOfId(e.cardId));
      // A pair card ("502:duel:504") is an answer about both its codes.
      const last = e.cardId.lastIndexOf(':');
      if (last !== e.cardId.indexOf(':')) day.codes.add(Number(e.cardId.slice(last + 1)));
      if (e.state === 'new' && !e.fromQuiz) day.introduced++;
    }
  }
  return day;
}

/** How many new cards were first studied in the study day containing `now` (whatever their class). */
export function newCardsIntroducedToday(
  log: readonly LogEntry[],
  now: number,
  dayStartHour: number,
): number {
  return readDayLog(log, now, dayStartHour).introduced;
}

const rankedDecks = new WeakMap<
  readonly DeckCard[],
  WeakMap<ReadonlyMap<number, number>, DeckCard[]>
>();
const CODE_ORDER: ReadonlyMap<number, number> = new Map();

/** The deck sorted by when each card would be introduced (cached per deck and order). */
function rankedDeck(deck: readonly DeckCard[], ranks: ReadonlyMap<number, number>): DeckCard[] {
  let byRanks = rankedDecks.get(deck);
  if (!byRanks) rankedDecks.set(deck, (byRanks = new WeakMap()));
  let sorted = byRanks.get(ranks);
  if (!sorted) {
    const kindIndex = new Map<number, number>();
    const placeOf = (code: number) => ranks.get(code) ?? ranks.size + code;
    const keyed = deck.map((d, i) => {
      // A code's own kinds are numbered in deck order, so its first studied kind leads.
      const k = kindIndex.get(d.code) ?? 0;
      kindIndex.set(d.code, k + 1);
      // A pair card comes with the later of its two codes.
      const place = d.pair ? Math.max(placeOf(d.pair[0]), placeOf(d.pair[1])) : placeOf(d.code);
      return { d, key: place + k * KIND_SPACING, i };
    });
    keyed.sort((a, b) => a.key - b.key || a.d.code - b.d.code || a.i - b.i);
    sorted = keyed.map((k) => k.d);
    byRanks.set(ranks, sorted);
  }
  return sorted;
}

/**
 * Today's session for a filter, in the order to study it: learning cards due now, review cards due
 * today (most overdue relative to stability first), new cards up to what is left of the daily limit
 * (`first` ones, then in introduction order; a card with a gate only once its gate cards were studied
 * on an earlier day, and for a `graduated` gate are in review), then learning cards due within the
 * learn-ahead window. A pair card counts for both its codes. With sibling burying on (the default),
 * a code contributes at most one new or review card a day, and none once one of its cards was answered
 * today. Siblings are never back to back when another order exists. The counts are exactly the items
 * returned, and the same input always gives the same queue.
 */
export function buildQueue(input: BuildQueueInput): { items: QueueItem[]; counts: QueueCounts } {
  const { deck, cards, filter, now } = input;
  const learnAhead = input.learnAheadMs ?? DEFAULT_LEARN_AHEAD_MS;
  const bury = input.settings.burySiblings ?? true;
  const dayEnd = nextStudyDayStart(now, input.settings.dayStartHour);
  const classes = new Set(filter.classes);
  const only = filter.codes ? new Set(filter.codes) : undefined;
  const included = (d: DeckCard) =>
    classes.has(d.classDigit) &&
    (!d.unofficial || filter.includeUnofficial) &&
    (!only || only.has(d.code));
  const day = readDayLog(input.log, now, input.settings.dayStartHour);
  // Codes that already have a card today: answered, or chosen below.
  const busy = new Set(bury ? day.codes : []);

  const learningNow: { d: DeckCard; due: number }[] = [];
  const learningAhead: { d: DeckCard; due: number }[] = [];
  const reviews: { d: DeckCard; overdue: number }[] = [];
  for (const d of deck) {
    const card = cards[d.id];
    if (!card || card.state === 'new' || card.suspended || !included(d)) continue;
    if (card.state === 'review') {
      const taken = bury && (d.pair ?? [d.code]).some((c) => busy.has(c));
      if (card.due < dayEnd && !(taken && !day.answered.has(d.id))) {
        // Days overdue per day of stability: a fragile memory slips faster than a stable one.
        const overdue = (now - card.due) / DAY_MS / Math.max(card.stability, 0.01);
        reviews.push({ d, overdue });
      }
    } else if (card.due <= now) {
      learningNow.push({ d, due: card.due });
    } else if (card.due <= now + learnAhead) {
      learningAhead.push({ d, due: card.due });
    }
  }

  const byDue = (a: { due: number }, b: { due: number }) => a.due - b.due;
  learningNow.sort(byDue);
  learningAhead.sort(byDue);
  reviews.sort((a, b) => b.overdue - a.overdue || a.d.code - b.d.code);
  const chosenReviews = bury ? reviews.filter((r) => claimAll(busy, r.d)) : reviews;
  if (bury)
    for (const l of [...learningNow, ...learningAhead])
      for (const c of l.d.pair ?? [l.d.code]) busy.add(c);

  const newLimit = Math.max(0, input.settings.dailyNewLimit - day.introduced);
  const fresh: DeckCard[] = [];
  const gateOpen = (d: DeckCard) =>
    !d.gate ||
    d.gate.ids.every((id) => {
      const gate = cards[id];
      return (
        gate !== undefined &&
        gate.state !== 'new' &&
        (!d.gate?.graduated || gate.state === 'review') &&
        day.before.has(id)
      );
    });
  const consider = (d: DeckCard) => {
    const card = cards[d.id];
    if ((card && card.state !== 'new') || card?.suspended || !included(d) || !gateOpen(d)) return;
    if (bury && !claimAll(busy, d)) return;
    fresh.push(d);
  };
  const wanted = input.first?.length ? new Set(input.first) : undefined;
  if (wanted) {
    const byId = new Map(deck.map((d) => [d.id, d]));
    for (const id of input.first ?? []) {
      if (fresh.length >= newLimit) break;
      const d = byId.get(id);
      if (d) consider(d);
    }
  }
  for (const d of rankedDeck(deck, input.ranks ?? CODE_ORDER)) {
    if (fresh.length >= newLimit) break;
    if (!wanted?.has(d.id)) consider(d);
  }

  const items = separateSiblings([
    ...learningNow.map((x) => toItem(x.d, 'learning')),
    ...chosenReviews.map((x) => toItem(x.d, 'review')),
    ...fresh.map((d) => toItem(d, 'new')),
    ...learningAhead.map((x) => toItem(x.d, 'learning')),
  ]);
  return {
    items,
    counts: {
      new: fresh.length,
      learning: learningNow.length + learningAhead.length,
      due: chosenReviews.length,
    },
  };
}

/** Claims today's card for every code of a card (both of a pair); false, claiming none, when one is taken. */
function claimAll(busy: Set<number>, d: DeckCard): boolean {
  const codes = d.pair ?? [d.code];
  if (codes.some((c) => busy.has(c))) return false;
  for (const c of codes) busy.add(c);
  return true;
}

function toItem(d: DeckCard, queue: QueueKind): QueueItem {
  const item: QueueItem = {
    cardId: d.id,
    code: d.code,
    kind: d.kind,
    classDigit: d.classDigit,
    queue,
  };
  if (d.pair) item.pair = d.pair;
  return item;
}

/**
 * Moves a card that would follow its sibling (same code) to the first later place where it does not,
 * pulling the next non-sibling forward; when only siblings are left, it goes back to the latest
 * earlier gap between two other codes. The order is otherwise kept.
 */
export function separateSiblings(items: readonly QueueItem[]): QueueItem[] {
  const out = [...items];
  const code = (k: number) => out[k]?.code;
  for (let i = 1; i < out.length; i++) {
    if (code(i) !== code(i - 1)) continue;
    const sibling = code(i);
    let j = i + 1;
    while (j < out.length && code(j) === sibling) j++;
    if (j < out.length) {
      const [moved] = out.splice(j, 1);
      out.splice(i, 0, moved as QueueItem);
      continue;
    }
    let k = i - 1;
    while (k > 0 && (code(k - 1) === sibling || code(k) === sibling)) k--;
    if (k === 0 && code(0) === sibling) continue;
    const [moved] = out.splice(i, 1);
    out.splice(k, 0, moved as QueueItem);
  }
  return out;
}
