import { describe, expect, it } from 'vitest';
import type { Grade } from './card-model';
import { scoreParameters } from './fit-evaluation';
import { createRng } from './rng';
import { DEFAULT_PARAMETERS, memoryModel, type MemoryModel } from './scheduler';
import type { CardHistory } from './training-items';

// A learner whose memory is far stronger than FSRS's defaults assume.
const TRUE_W = [...DEFAULT_PARAMETERS].map((x, i) => (i < 4 ? x * 6 : x));
TRUE_W[8] = 2.6; // stability grows faster after each recall
const truth = memoryModel({ parameters: { w: TRUE_W, optimizedAt: 0, reviewCount: 0 } });
const defaults = memoryModel();

/** Review histories whose outcomes follow `model`'s recall probabilities, at varied intervals. */
function simulatedHistories(model: MemoryModel, cards: number, seed: number): CardHistory[] {
  const rng = createRng(seed);
  const out: CardHistory[] = [];
  for (let c = 0; c < cards; c++) {
    const first = (1 + Math.floor(rng() * 4)) as Grade;
    let state = model.next(null, 0, first);
    const reviews = [{ grade: first, deltaDays: 0 }];
    for (let k = 0; k < 8; k++) {
      const delta = 1 + Math.floor(rng() * 3 * Math.max(1, state.stability));
      const recalled = rng() < model.recall(delta, state.stability);
      const grade: Grade = recalled ? 3 : 1;
      state = model.next(state, delta, grade);
      reviews.push({ grade, deltaDays: delta });
    }
    out.push({ cardId: `${100 + c}:recall`, reviews });
  }
  return out;
}

describe('scoring parameters on the learner’s own log', () => {
  const histories = simulatedHistories(truth, 300, 11);

  it('the weights that produced the log score better than the defaults', () => {
    const own = scoreParameters(histories, truth);
    const plain = scoreParameters(histories, defaults);
    expect(own.count).toBe(300 * 8);
    expect(plain.count).toBe(own.count);
    expect(own.logLoss).toBeLessThan(plain.logLoss);
    expect(own.rmse).toBeLessThan(plain.rmse);
  });

  it('the true model is well calibrated (small RMSE) and log-loss is a proper average', () => {
    const own = scoreParameters(histories, truth);
    expect(own.rmse).toBeLessThan(0.05);
    expect(own.logLoss).toBeGreaterThan(0);
    expect(own.logLoss).toBeLessThan(Math.log(2));
  });

  it('scores nothing when no review falls on a later day', () => {
    const score = scoreParameters(
      [{ cardId: '404:recall', reviews: [{ grade: 3, deltaDays: 0 }] }],
      defaults,
    );
    expect(score.count).toBe(0);
    expect(score.logLoss).toBeNaN();
  });
});
