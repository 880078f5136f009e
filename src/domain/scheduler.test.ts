import { describe, expect, it } from 'vitest';
import type { CardState, LogEntry } from './card-model';
import { createScheduler, newCardState, stampTime } from './scheduler';

const T0 = new Date(2026, 0, 5, 9, 0, 0).getTime();
const MIN = 60_000;
const DAY = 86_400_000;
const ID = '404:recall';

const scheduler = createScheduler({ enableFuzz: false });

/** Grades a card through a list of [minutes after T0, grade] and returns the card and its log. */
function run(steps: readonly [number, 1 | 2 | 3 | 4][], s = scheduler) {
  let card: CardState = newCardState(ID, T0);
  const log: LogEntry[] = [];
  for (const [minutes, grade] of steps) {
    const r = s.grade(card, grade, T0 + minutes * MIN, 5_000);
    card = r.card;
    log.push(r.log);
  }
  return { card, log };
}

describe('scheduler', () => {
  it('takes a new card through learning into review', () => {
    const first = scheduler.grade(newCardState(ID, T0), 3, T0, 4_200);
    expect(first.card.state).toBe('learning');
    expect(first.card.due).toBe(T0 + 10 * MIN); // second learning step
    expect(first.log).toEqual({
      cardId: ID,
      grade: 3,
      review: T0,
      durationMs: 4_000,
      state: 'new',
    });

    const second = scheduler.grade(first.card, 3, T0 + 10 * MIN, 3_000);
    expect(second.card.state).toBe('review');
    expect(second.card.reps).toBe(2);
    expect(second.card.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(second.card.due).toBe(T0 + 10 * MIN + second.card.scheduledDays * DAY);
    expect(second.log.state).toBe('learning');
  });

  it('sends a lapsed review card to relearning and counts the lapse', () => {
    const { card } = run([
      [0, 3],
      [10, 3],
    ]);
    const lapse = scheduler.grade(card, 1, card.due + DAY, 0);
    expect(lapse.card.state).toBe('relearning');
    expect(lapse.card.lapses).toBe(1);
    expect(lapse.card.stability).toBeLessThan(card.stability);
    expect(lapse.card.due).toBe(card.due + DAY + 10 * MIN); // the relearning step
    expect(lapse.log.state).toBe('review');
  });

  it('previews the four grades as grading would schedule them', () => {
    const { card } = run([[0, 3]]);
    const at = T0 + 10 * MIN;
    const preview = scheduler.preview(card, at);
    for (const g of [1, 2, 3, 4] as const) {
      const graded = scheduler.grade(card, g, at, 0).card;
      expect(preview[g]).toEqual({ due: graded.due, intervalMs: graded.due - at });
    }
    expect(preview[1].intervalMs).toBeLessThan(preview[4].intervalMs);
  });

  it('flags a card as a leech at the lapse threshold, and a reset clears it', () => {
    const s = createScheduler({ enableFuzz: false, leechThreshold: 3 });
    let { card } = run([[0, 4]], s);
    const lapsesSeen: boolean[] = [];
    for (let i = 0; i < 3; i++) {
      card = s.grade(card, 1, card.due, 0).card; // lapse
      lapsesSeen.push(card.leech === true);
      card = s.grade(card, 4, card.due, 0).card; // back to review
    }
    expect(lapsesSeen).toEqual([false, false, true]);
    expect(card.leech).toBe(true);
    const reset = s.act(card, 'reset', card.due).card;
    expect(reset).toMatchObject({ state: 'new', reps: 0, lapses: 0 });
    expect(reset.leech).toBeUndefined();
  });

  it('undo gives back the card exactly as before the last answer', () => {
    const { card: before, log } = run([
      [0, 3],
      [10, 3],
    ]);
    const after = scheduler.grade(before, 2, before.due + 3 * DAY, 7_000);
    expect(scheduler.undo(after.card, after.log, [...log, after.log])).toEqual(before);
  });

  it('replays a log into the same state as answering live', () => {
    const { card, log } = run([
      [0, 1],
      [1, 3],
      [11, 3],
      [3 * 24 * 60, 1],
      [3 * 24 * 60 + 10, 3],
    ]);
    expect(scheduler.replay(ID, log)).toEqual(card);
  });

  it('stamps entries strictly after the previous one when the clock goes backwards', () => {
    const { card } = run([[0, 3]]);
    const back = scheduler.grade(card, 3, T0 - DAY, 0);
    expect(back.log.review).toBe(T0 + 1);
    expect(back.card.due).toBeGreaterThan(back.log.review);
    expect(stampTime(undefined, T0 + 999.5)).toBe(T0 + 999);
  });

  it('suspends and unsuspends without touching the schedule', () => {
    const { card } = run([[0, 3]]);
    const suspended = scheduler.act(card, 'suspend', T0 + MIN).card;
    expect(suspended.suspended).toBe(true);
    expect(suspended.due).toBe(card.due);
    const back = scheduler.act(suspended, 'unsuspend', T0 + 2 * MIN).card;
    expect(back.suspended).toBeUndefined();
    expect({ ...back, updatedAt: 0 }).toEqual({ ...card, updatedAt: 0 });
  });
});
