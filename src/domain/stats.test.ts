import { describe, expect, it } from 'vitest';
import type { CardState, CardStateName, Grade, LogEntry } from './card-model';
import { CODES } from './dataset';
import {
  masteryByClass,
  reviewForecast,
  reviewsPerDay,
  reviewsToday,
  streaks,
  trueRetention,
} from './stats';
import { studyDayStart } from './study-day';

/** Local time, as the user's calendar shows it. */
const at = (month: number, day: number, hour: number, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).getTime();

const review = (time: number, grade: Grade = 3, state: CardStateName = 'review'): LogEntry => ({
  cardId: '404:recall',
  grade,
  review: time,
  durationMs: 4000,
  state,
});

// Study days with day start 04:00: Mar 1, Mar 2 (the 03:00 review on Mar 3), Mar 3 (two reviews,
// one at 03:59 on Mar 4), Mar 8, Mar 9 (one at 03:00 on Mar 10). With midnight days: 1, 3, 4, 8, 9, 10.
const LOG: LogEntry[] = [
  review(at(3, 1, 20)),
  review(at(3, 3, 3)),
  review(at(3, 3, 23)),
  review(at(3, 4, 3, 59)),
  { cardId: '404:recall', action: 'suspend', review: at(3, 5, 12) },
  review(at(3, 8, 4)),
  review(at(3, 9, 12)),
  review(at(3, 10, 3)),
];
const NOW = at(3, 10, 10);

describe('streaks', () => {
  it('counts study days that start at the day-start hour, not at midnight', () => {
    expect(streaks(LOG, NOW, 4)).toEqual({ current: 2, longest: 3 });
    expect(streaks(LOG, NOW, 0)).toEqual({ current: 3, longest: 3 });
  });

  it('keeps the current streak while today is open, and breaks it after a day without reviews', () => {
    expect(streaks(LOG, at(3, 10, 3, 30), 4).current).toBe(2);
    expect(streaks(LOG, at(3, 11, 10), 4).current).toBe(0);
    expect(streaks([...LOG, review(at(3, 10, 9))], NOW, 4)).toEqual({ current: 3, longest: 3 });
  });

  it('is zero for an empty log and ignores manual actions', () => {
    expect(streaks([], NOW, 4)).toEqual({ current: 0, longest: 0 });
    expect(streaks([{ cardId: '404:recall', action: 'reset', review: NOW }], NOW, 4).current).toBe(
      0,
    );
  });
});

describe('reviews per day and today', () => {
  it('buckets reviews by study day over the last 365 days, ending today', () => {
    const days = reviewsPerDay(LOG, NOW, 4);
    expect(days).toHaveLength(365);
    expect(days.at(-1)?.dayStart).toBe(studyDayStart(NOW, 4));
    expect(days.slice(-10).map((d) => d.reviews)).toEqual([1, 1, 2, 0, 0, 0, 0, 1, 2, 0]);
    expect(days.reduce((sum, d) => sum + d.reviews, 0)).toBe(7);
  });

  it('counts reviews since today began at the day-start hour', () => {
    expect(reviewsToday(LOG, NOW, 4)).toBe(0);
    expect(reviewsToday(LOG, NOW, 0)).toBe(1);
    expect(reviewsToday(LOG, at(3, 10, 3, 30), 4)).toBe(2);
  });
});

describe('true retention', () => {
  const log: LogEntry[] = [
    review(at(1, 5, 10), 1), // all-time only
    review(at(2, 20, 10), 3), // 30 days
    review(at(2, 21, 10), 1), // 30 days
    review(at(3, 5, 10), 3), // 7 days
    review(at(3, 9, 10), 2), // 7 days: Hard is a pass
    review(at(3, 10, 9), 1), // 7 days
    review(at(3, 10, 9, 30), 1, 'learning'), // not a review-state answer
    review(at(3, 10, 9, 40), 3, 'new'), // not a review-state answer
    review(at(3, 10, 9, 50), 1, 'relearning'), // not a review-state answer
  ];

  it('is the share of review-state answers not graded Again, per window', () => {
    expect(trueRetention(log, NOW, 4, 7)).toEqual({ passed: 2, total: 3, rate: 2 / 3 });
    expect(trueRetention(log, NOW, 4, 30)).toEqual({ passed: 3, total: 5, rate: 3 / 5 });
    expect(trueRetention(log, NOW, 4)).toEqual({ passed: 3, total: 6, rate: 0.5 });
  });

  it('has no rate without review-state answers', () => {
    expect(trueRetention([], NOW, 4, 7)).toEqual({ passed: 0, total: 0, rate: undefined });
  });
});

describe('review forecast', () => {
  const card = (id: string, due: number, extra: Partial<CardState> = {}): CardState => ({
    id,
    due,
    stability: 5,
    difficulty: 5,
    reps: 3,
    lapses: 0,
    state: 'review',
    scheduledDays: 5,
    learningSteps: 0,
    updatedAt: 0,
    ...extra,
  });
  const cards = Object.fromEntries(
    [
      card('100:recall', at(3, 2, 10)), // overdue → today
      card('101:recall', at(3, 10, 22)), // later today
      card('102:recall', at(3, 11, 3)), // before tomorrow's day start → today
      card('103:recall', at(3, 11, 5)), // tomorrow
      card('104:recall', at(3, 11, 6), { state: 'learning' }), // tomorrow
      card('200:recall', at(4, 8, 12)), // 29 days ahead: last slot
      card('201:recall', at(4, 9, 12)), // 30 days ahead: outside
      card('202:recall', at(3, 12, 12), { state: 'new' }), // new: not a review
      card('203:recall', at(3, 12, 12), { suspended: true }), // suspended
    ].map((c) => [c.id, c]),
  );

  it('counts cards due per study day for 30 days, overdue ones today', () => {
    const forecast = reviewForecast(cards, NOW, 4);
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toBe(3);
    expect(forecast[1]).toBe(2);
    expect(forecast[29]).toBe(1);
    expect(forecast.reduce((a, b) => a + b, 0)).toBe(6);
  });
});

describe('mastery by class', () => {
  it('counts codes per level in each class over the chosen kinds', () => {
    const card = (id: string, state: CardStateName, stability: number): CardState => ({
      id,
      due: NOW,
      stability,
      difficulty: 5,
      reps: 5,
      lapses: 0,
      state,
      scheduledDays: 30,
      learningSteps: 0,
      updatedAt: 0,
    });
    const cards = {
      '404:recall': card('404:recall', 'review', 30),
      '500:recall': card('500:recall', 'learning', 1),
    };
    const recallOnly = masteryByClass(CODES, cards, {
      kinds: ['recall'],
      includeUnofficial: false,
    });
    const registered4xx = CODES.filter((c) => c.class === 4 && c.status !== 'unofficial').length;
    expect(recallOnly[4]).toEqual({ new: registered4xx - 1, learning: 0, mastered: 1, leech: 0 });
    expect(recallOnly[5].learning).toBe(1);
    const allKinds = masteryByClass(CODES, cards, {
      kinds: ['recall', 'reverse', 'scenario'],
      includeUnofficial: true,
    });
    expect(allKinds[4].mastered).toBe(0);
    expect(allKinds[4].learning).toBe(1);
    expect(Object.values(allKinds[4]).reduce((a, b) => a + b, 0)).toBe(
      CODES.filter((c) => c.class === 4).length,
    );
  });
});
