import { describe, expect, it } from 'vitest';
import { buildDeck, type CardState, type LogEntry } from './card-model';
import { CODES } from './dataset';
import { readiness } from './readiness';
import { createScheduler, newCardState } from './scheduler';
import { estimateSessionMs } from './session-estimate';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 2, 9, 0).getTime();
const scheduler = createScheduler({ enableFuzz: false });
const deck = buildDeck(CODES, {
  kinds: ['recall', 'reverse', 'scenario'],
  includeUnofficial: false,
});

/** A card graded Good at each of `times`. */
function studied(id: string, times: number[]): CardState {
  let card = newCardState(id, times[0] ?? NOW);
  for (const t of times) card = scheduler.grade(card, 3, t, 5000).card;
  return card;
}

const ask = (cards: Record<string, CardState>, now = NOW) =>
  readiness({
    codes: [200, 404, 500],
    deck,
    cards,
    desiredRetention: 0.9,
    retrievability: (c) => scheduler.retrievability(c, now),
  });

describe('readiness', () => {
  it('counts a code ready only when every studied card is in review and recalled well enough today', () => {
    const graduated = studied('404:recall', [NOW - 3 * DAY, NOW - 3 * DAY + 600_000]);
    expect(graduated.state).toBe('review');
    const learning = studied('200:recall', [NOW - 60_000]);
    expect(ask({ '404:recall': graduated, '200:recall': learning })).toEqual({
      ready: [404],
      notReady: [200, 500],
    });
  });

  it('says a code is no longer ready once its memory has decayed below the desired retention', () => {
    const card = studied('404:recall', [NOW - 3 * DAY, NOW - 3 * DAY + 600_000]);
    const late = card.due + 30 * DAY;
    expect(scheduler.retrievability(card, late)).toBeLessThan(0.9);
    expect(ask({ '404:recall': card }, late).ready).toEqual([]);
  });

  it('needs every studied kind of the code, and ignores kinds never studied and suspended cards', () => {
    const recall = studied('404:recall', [NOW - 3 * DAY, NOW - 3 * DAY + 600_000]);
    const reverse = studied('404:reverse', [NOW - 60_000]);
    expect(ask({ '404:recall': recall, '404:reverse': reverse }).ready).toEqual([]);
    const suspended = { ...reverse, suspended: true as const };
    expect(ask({ '404:recall': recall, '404:reverse': suspended }).ready).toEqual([404]);
  });
});

describe('estimateSessionMs', () => {
  const answer = (ms: number, i: number): LogEntry => ({
    cardId: '404:recall',
    grade: 3,
    review: NOW - i * 1000,
    durationMs: ms,
    state: 'review',
  });

  it('assumes ten seconds an answer and two answers a new card until it can measure the learner', () => {
    expect(estimateSessionMs({ new: 5, learning: 1, due: 3 }, [])).toBe(14 * 10_000);
  });

  it("uses the median of the learner's latest answer times once there are enough", () => {
    const log = Array.from({ length: 21 }, (_, i) => answer(i < 11 ? 4000 : 60_000, i));
    expect(estimateSessionMs({ new: 0, learning: 0, due: 10 }, log)).toBe(10 * 4000);
  });
});
