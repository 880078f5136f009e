import { describe, expect, it } from 'vitest';
import type { Grade, LogEntry } from './card-model';
import {
  cardHistories,
  countTrainingItems,
  trainingArrays,
  type CardHistory,
} from './training-items';

const ID = '404:recall';
const OTHER = '500:reverse';
/** Local time on day `day` of January 2026 at `hour`:`minute`. */
const at = (day: number, hour: number, minute = 0) =>
  new Date(2026, 0, day, hour, minute).getTime();
const review = (cardId: string, time: number, grade: Grade = 3): LogEntry => ({
  cardId,
  grade,
  review: time,
  durationMs: 3_000,
  state: 'review',
});

describe('training items', () => {
  it('counts days from the day start: 3:00 and 5:00 are two study days when days start at 4:00', () => {
    const log = [review(ID, at(5, 3)), review(ID, at(5, 5))];
    expect(cardHistories(log, 4)[0]?.reviews).toEqual([
      { grade: 3, deltaDays: 0 },
      { grade: 3, deltaDays: 1 },
    ]);
    expect(cardHistories(log, 0)[0]?.reviews.map((r) => r.deltaDays)).toEqual([0, 0]);
    expect(countTrainingItems(cardHistories(log, 4))).toBe(1);
    expect(countTrainingItems(cardHistories(log, 0))).toBe(0);
  });

  it('keeps same-day reviews in the history but makes no item of them', () => {
    const log = [
      review(ID, at(5, 9), 1),
      review(ID, at(5, 9, 10), 3),
      review(ID, at(7, 9), 3),
      review(ID, at(7, 9, 5), 2),
      review(ID, at(12, 9), 4),
    ];
    const histories = cardHistories(log, 4);
    expect(histories[0]?.reviews.map((r) => r.deltaDays)).toEqual([0, 0, 2, 0, 5]);
    expect(countTrainingItems(histories)).toBe(2);
    const arrays = trainingArrays(histories);
    // Item 1: the first three reviews; item 2: all five.
    expect([...arrays.lengths]).toEqual([3, 5]);
    expect([...arrays.ratings]).toEqual([1, 3, 3, 1, 3, 3, 2, 4]);
    expect([...arrays.deltas]).toEqual([0, 0, 2, 0, 0, 2, 0, 5]);
  });

  it('drops reviews before a reset and ignores manual entries', () => {
    const log: LogEntry[] = [
      review(ID, at(5, 9)),
      review(ID, at(6, 9)),
      { cardId: ID, action: 'reset', review: at(7, 9) },
      review(ID, at(8, 9), 1),
      { cardId: ID, action: 'suspend', review: at(8, 10) },
      { cardId: ID, action: 'reschedule', review: at(9, 10) },
      review(ID, at(10, 9)),
      review(OTHER, at(5, 9)),
    ];
    const histories = cardHistories(log, 4);
    const own = histories.find((h) => h.cardId === ID) as CardHistory;
    expect(own.reviews).toEqual([
      { grade: 1, deltaDays: 0 },
      { grade: 3, deltaDays: 2 },
    ]);
    expect(countTrainingItems(histories)).toBe(1);
  });

  it('reads the log in time order whatever order it is stored in', () => {
    const log = [review(ID, at(9, 9)), review(ID, at(5, 9), 1)];
    expect(cardHistories(log, 4)[0]?.reviews).toEqual([
      { grade: 1, deltaDays: 0 },
      { grade: 3, deltaDays: 4 },
    ]);
  });
});
