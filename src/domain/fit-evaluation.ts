// How well a set of weights predicts the learner's own reviews: each training item's outcome
// (recalled unless Again) against the recall probability the FSRS model gives it, with the model's
// memory state replayed from the card's earlier reviews (ts-fsrs's forgetting curve and updates).
import type { MemoryModel, MemoryState } from './scheduler';
import { isTarget, type CardHistory } from './training-items';

/** Log-loss and RMSE (bins) of predicted recall over the training items. */
export interface FitScore {
  logLoss: number;
  rmse: number;
  /** Training items scored. */
  count: number;
}

const BINS = 20;
const EPSILON = 1e-6;

/**
 * The score of `model` on these histories: mean log-loss, and the RMSE between predicted and actual
 * recall over 20 bins of predicted recall, weighted by the items in each (FSRS's "RMSE (bins)").
 * Lower is better for both; with no item both are NaN.
 */
export function scoreParameters(histories: readonly CardHistory[], model: MemoryModel): FitScore {
  let loss = 0;
  let count = 0;
  const binCount = new Array<number>(BINS).fill(0);
  const binPredicted = new Array<number>(BINS).fill(0);
  const binActual = new Array<number>(BINS).fill(0);
  for (const h of histories) {
    let state: MemoryState | null = null;
    h.reviews.forEach((review, i) => {
      if (state && isTarget(h, i)) {
        const p = Math.min(
          1 - EPSILON,
          Math.max(EPSILON, model.recall(review.deltaDays, state.stability)),
        );
        const y = review.grade > 1 ? 1 : 0;
        loss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
        count++;
        const bin = Math.min(BINS - 1, Math.floor(p * BINS));
        binCount[bin] = (binCount[bin] ?? 0) + 1;
        binPredicted[bin] = (binPredicted[bin] ?? 0) + p;
        binActual[bin] = (binActual[bin] ?? 0) + y;
      }
      state = model.next(state, review.deltaDays, review.grade);
    });
  }
  let squared = 0;
  for (let b = 0; b < BINS; b++) {
    const n = binCount[b] ?? 0;
    if (n === 0) continue;
    const diff = ((binPredicted[b] ?? 0) - (binActual[b] ?? 0)) / n;
    squared += n * diff * diff;
  }
  return { logLoss: loss / count, rmse: Math.sqrt(squared / count), count };
}
