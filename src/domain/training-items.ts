// The review log turned into what FSRS optimisers train on: per card, its reviews as (grade, whole
// study days since the previous review); each review on a later study day than the one before is
// one training item (the history up to and including it), as fsrs-rs counts them.
import { isReview, type Grade, type LogEntry } from './card-model';
import { studyDayNumber } from './study-day';

/** One review as the optimiser sees it. */
export interface TrainingReview {
  grade: Grade;
  /** Study days since the card's previous review (0 for the first and for same-day reviews). */
  deltaDays: number;
}

/** One card's reviews since its last reset, oldest first. */
export interface CardHistory {
  cardId: string;
  reviews: TrainingReview[];
}

/** Fewer items than this and no fit is attempted: the defaults stand. */
export const MIN_TRAINING_ITEMS = 8;
/** Fewer items than this and only the four initial stabilities are fitted (as fsrs-rs does). */
export const FULL_FIT_ITEMS = 64;

/**
 * Every card's review history for training, day boundaries at `dayStartHour` local time: manual
 * entries (suspend, reschedule) are left out, and a reset starts the card's history afresh.
 */
export function cardHistories(log: readonly LogEntry[], dayStartHour: number): CardHistory[] {
  const byCard = new Map<string, LogEntry[]>();
  for (const e of log) {
    const list = byCard.get(e.cardId);
    if (list) list.push(e);
    else byCard.set(e.cardId, [e]);
  }
  const out: CardHistory[] = [];
  for (const [cardId, entries] of byCard) {
    entries.sort((a, b) => a.review - b.review);
    const reset = entries.findLastIndex((e) => !isReview(e) && e.action === 'reset');
    const reviews: TrainingReview[] = [];
    let previousDay: number | undefined;
    for (const e of entries.slice(reset + 1)) {
      if (!isReview(e)) continue;
      const day = studyDayNumber(e.review, dayStartHour);
      reviews.push({
        grade: e.grade,
        deltaDays: previousDay === undefined ? 0 : day - previousDay,
      });
      previousDay = day;
    }
    if (reviews.length > 0) out.push({ cardId, reviews });
  }
  return out;
}

/** Whether review `i` of a history is a training item's target (a later study day than the one before). */
export function isTarget(history: CardHistory, i: number): boolean {
  return i > 0 && (history.reviews[i]?.deltaDays ?? 0) > 0;
}

/** How many training items the histories hold. */
export function countTrainingItems(histories: readonly CardHistory[]): number {
  let n = 0;
  for (const h of histories) for (let i = 1; i < h.reviews.length; i++) if (isTarget(h, i)) n++;
  return n;
}

/** The items as fsrs-browser's `computeParameters` takes them: every item's reviews end to end. */
export interface TrainingArrays {
  ratings: Uint32Array;
  deltas: Uint32Array;
  lengths: Uint32Array;
}

/** The training items of these histories, flattened for the optimiser. */
export function trainingArrays(histories: readonly CardHistory[]): TrainingArrays {
  const lengths: number[] = [];
  let total = 0;
  for (const h of histories)
    for (let i = 1; i < h.reviews.length; i++)
      if (isTarget(h, i)) {
        lengths.push(i + 1);
        total += i + 1;
      }
  const ratings = new Uint32Array(total);
  const deltas = new Uint32Array(total);
  let at = 0;
  for (const h of histories)
    for (let i = 1; i < h.reviews.length; i++) {
      if (!isTarget(h, i)) continue;
      for (let k = 0; k <= i; k++) {
        const r = h.reviews[k] as TrainingReview;
        ratings[at] = r.grade;
        deltas[at] = r.deltaDays;
        at++;
      }
    }
  return { ratings, deltas, lengths: Uint32Array.from(lengths) };
}
