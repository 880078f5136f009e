import { isReview, type CardState, type DeckCard, type LogEntry } from './card-model';
import type { ClassDigit } from './code-classes';
import { nextStudyDayStart, studyDayStart } from './study-day';

/** Which cards a session draws from: any subset of the classes, and unofficial codes or not. */
export interface QueueFilter {
  classes: readonly ClassDigit[];
  includeUnofficial: boolean;
}

export type QueueKind = 'learning' | 'review' | 'new';

export interface QueueItem {
  cardId: string;
  code: number;
  kind: DeckCard['kind'];
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
  settings: { dailyNewLimit: number; dayStartHour: number };
  filter: QueueFilter;
  now: number;
  /** Learning cards due within this window are shown at the end rather than making the user wait (Anki's learn-ahead). */
  learnAheadMs?: number;
}

export const DEFAULT_LEARN_AHEAD_MS = 20 * 60 * 1000;
const DAY_MS = 86_400_000;

/** How many new cards were first studied in the study day containing `now` (whatever their class). */
export function newCardsIntroducedToday(
  log: readonly LogEntry[],
  now: number,
  dayStartHour: number,
): number {
  const start = studyDayStart(now, dayStartHour);
  const end = nextStudyDayStart(now, dayStartHour);
  let count = 0;
  for (const e of log) {
    if (e.review >= start && e.review < end && isReview(e) && e.state === 'new') count++;
  }
  return count;
}

/**
 * Today's session for a filter, in the order to study it: learning cards due now, review cards due
 * today (most overdue relative to stability first), new cards up to what is left of the daily limit
 * (code order within a class, classes interleaved), then learning cards due within the learn-ahead
 * window; siblings of one code are never back to back when another order exists. The counts are
 * exactly the items returned.
 */
export function buildQueue(input: BuildQueueInput): { items: QueueItem[]; counts: QueueCounts } {
  const { deck, cards, filter, now } = input;
  const learnAhead = input.learnAheadMs ?? DEFAULT_LEARN_AHEAD_MS;
  const dayEnd = nextStudyDayStart(now, input.settings.dayStartHour);
  const classes = new Set(filter.classes);

  // Deck cards are collected first and turned into items only once chosen: a 10,000-card deck must
  // not allocate thousands of new-card items for a limit of twenty.
  const learningNow: { d: DeckCard; due: number }[] = [];
  const learningAhead: { d: DeckCard; due: number }[] = [];
  const reviews: { d: DeckCard; overdue: number }[] = [];
  const newByClass = new Map<ClassDigit, DeckCard[]>();

  for (const d of deck) {
    if (!classes.has(d.classDigit) || (d.unofficial && !filter.includeUnofficial)) continue;
    const card = cards[d.id];
    if (card === undefined || card.state === 'new') {
      if (card?.suspended) continue;
      let list = newByClass.get(d.classDigit);
      if (!list) newByClass.set(d.classDigit, (list = []));
      list.push(d);
    } else if (card.suspended) {
      continue;
    } else if (card.state === 'review') {
      if (card.due < dayEnd) {
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
  reviews.sort((a, b) => b.overdue - a.overdue);

  const introduced = newCardsIntroducedToday(input.log, now, input.settings.dayStartHour);
  const newLimit = Math.max(0, input.settings.dailyNewLimit - introduced);
  const fresh = interleave(
    [...newByClass.keys()].sort((a, b) => a - b),
    newByClass,
    newLimit,
  );

  const items = separateSiblings([
    ...learningNow.map((x) => toItem(x.d, 'learning')),
    ...reviews.map((x) => toItem(x.d, 'review')),
    ...fresh.map((d) => toItem(d, 'new')),
    ...learningAhead.map((x) => toItem(x.d, 'learning')),
  ]);
  return {
    items,
    counts: {
      new: fresh.length,
      learning: learningNow.length + learningAhead.length,
      due: reviews.length,
    },
  };
}

function toItem(d: DeckCard, queue: QueueKind): QueueItem {
  return { cardId: d.id, code: d.code, kind: d.kind, classDigit: d.classDigit, queue };
}

function interleave(
  order: readonly ClassDigit[],
  lists: ReadonlyMap<ClassDigit, DeckCard[]>,
  limit: number,
): DeckCard[] {
  const out: DeckCard[] = [];
  const next = new Map(order.map((c) => [c, 0]));
  while (out.length < limit) {
    let took = false;
    for (const c of order) {
      const list = lists.get(c) ?? [];
      const i = next.get(c) ?? 0;
      const item = list[i];
      if (!item || out.length >= limit) continue;
      out.push(item);
      next.set(c, i + 1);
      took = true;
    }
    if (!took) break;
  }
  return out;
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
