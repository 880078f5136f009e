import { isReview, type LogEntry } from './card-model';

/**
 * One checked answer given as a code, about a code that learners confuse with others: which code was
 * right and which was given (the same when right). Tied to its log entry by card and time, so that an
 * undone or merged-away review takes its event with it.
 */
export interface ConfusionEvent {
  cardId: string;
  /** The review time of the log entry it belongs to. */
  review: number;
  answer: number;
  given: number;
}

/** How many recent events are kept: enough for the table, bounded in storage (~40 KB). */
export const MAX_CONFUSION_EVENTS = 1000;

/** A pair of codes the learner mixed up: in how many answers, out of how many about either code. */
export interface ConfusionRow {
  pair: [number, number];
  mixed: number;
  total: number;
}

/** The event list with one more, oldest dropped beyond MAX_CONFUSION_EVENTS. */
export function withConfusion(
  events: readonly ConfusionEvent[],
  event: ConfusionEvent,
): ConfusionEvent[] {
  return [...events, event].slice(-MAX_CONFUSION_EVENTS);
}

const keyOf = (e: { cardId: string; review: number }) => `${e.cardId}|${e.review}`;

/** Only the events whose review is in the log (undone, reset or merged-away ones go), each once, in order. */
export function confusionsInLog(
  events: readonly ConfusionEvent[],
  log: readonly LogEntry[],
): ConfusionEvent[] {
  const reviews = new Set<string>();
  for (const e of log) if (isReview(e)) reviews.add(keyOf(e));
  const seen = new Set<string>();
  return events
    .filter((e) => {
      const key = keyOf(e);
      if (!reviews.has(key) || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(-MAX_CONFUSION_EVENTS);
}

/**
 * Every pair the learner mixed up (an answer of one given to the other, either way), most mixed up
 * first: `mixed` such answers out of `total` answers whose right code was either of the two.
 */
export function confusionTable(events: readonly ConfusionEvent[]): ConfusionRow[] {
  const answers = new Map<number, number>();
  const mixed = new Map<string, number>();
  for (const e of events) {
    answers.set(e.answer, (answers.get(e.answer) ?? 0) + 1);
    if (e.given === e.answer) continue;
    const [a, b] = e.answer < e.given ? [e.answer, e.given] : [e.given, e.answer];
    mixed.set(`${a}-${b}`, (mixed.get(`${a}-${b}`) ?? 0) + 1);
  }
  return [...mixed.entries()]
    .map(([key, n]): ConfusionRow => {
      const [a, b] = key.split('-').map(Number) as [number, number];
      return { pair: [a, b], mixed: n, total: (answers.get(a) ?? 0) + (answers.get(b) ?? 0) };
    })
    .sort(
      (x, y) =>
        y.mixed - x.mixed ||
        y.mixed / y.total - x.mixed / x.total ||
        x.pair[0] - y.pair[0] ||
        x.pair[1] - y.pair[1],
    );
}

/** The events as saved: [card id, review time, right code, given code] each. */
export type StoredConfusions = [string, number, number, number][];

/** The saved form of the events. */
export function encodeConfusions(events: readonly ConfusionEvent[]): StoredConfusions {
  return events.map((e) => [e.cardId, e.review, e.answer, e.given]);
}
