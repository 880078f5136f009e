import { describe, expect, it } from 'vitest';
import type { LogEntry } from './card-model';
import {
  confusionsInLog,
  confusionTable,
  encodeConfusions,
  MAX_CONFUSION_EVENTS,
  withConfusion,
  type ConfusionEvent,
} from './confusions';
import { readConfusions } from './confusions-read';

const T = 1_780_000_000_000;
const event = (
  i: number,
  answer: number,
  given: number,
  cardId = `${answer}:reverse`,
): ConfusionEvent => ({
  cardId,
  review: T + i * 1000,
  answer,
  given,
});
const review = (e: ConfusionEvent): LogEntry => ({
  cardId: e.cardId,
  grade: e.answer === e.given ? 3 : 1,
  review: e.review,
  durationMs: 1000,
  state: 'review',
});

describe('confusions', () => {
  it('counts each pair mixed up either way, out of the answers about either code, most mixed up first', () => {
    const events = [
      event(1, 502, 504),
      event(2, 504, 502),
      event(3, 502, 502),
      event(4, 504, 504),
      event(5, 502, 504),
      event(6, 504, 504),
      event(7, 401, 403),
      event(8, 401, 401),
    ];
    expect(confusionTable(events)).toEqual([
      { pair: [502, 504], mixed: 3, total: 6 },
      { pair: [401, 403], mixed: 1, total: 2 },
    ]);
    expect(confusionTable([event(1, 404, 404)])).toEqual([]);
  });

  it('keeps the most recent events only', () => {
    let events: ConfusionEvent[] = [];
    for (let i = 0; i < MAX_CONFUSION_EVENTS + 5; i++)
      events = withConfusion(events, event(i, 502, 504));
    expect(events).toHaveLength(MAX_CONFUSION_EVENTS);
    expect(events[0]?.review).toBe(T + 5000);
  });

  it('drops events whose review left the log (undone elsewhere, reset) and duplicates', () => {
    const kept = event(1, 502, 504);
    const undone = event(2, 401, 403);
    expect(confusionsInLog([kept, undone, kept], [review(kept)])).toEqual([kept]);
  });

  it('reads back what it saves, reports unusable entries and keeps the rest', () => {
    const events = [event(1, 502, 504), event(2, 401, 401, '401:duel:403')];
    const errors: string[] = [];
    expect(readConfusions(JSON.parse(JSON.stringify(encodeConfusions(events))), errors)).toEqual(
      events,
    );
    expect(errors).toEqual([]);
    expect(readConfusions(undefined, errors)).toEqual([]);
    const bad = readConfusions(
      [['404:nope', T, 404, 405], ['404:reverse', T, 404, 405], 'x'],
      errors,
    );
    expect(bad).toEqual([{ cardId: '404:reverse', review: T, answer: 404, given: 405 }]);
    expect(errors).toEqual([
      'confusions[0]: expected [card id, review time, right code, given code]',
      'confusions[2]: expected [card id, review time, right code, given code]',
    ]);
  });
});
