import { describe, expect, it } from 'vitest';
import { buildDeck } from './card-model';
import { CODES } from './dataset';
import { simulateStudy } from './simulate';
import {
  compareRetentions,
  DEFAULT_HABITS,
  gradeHabits,
  retentionGrid,
  simulateWorkload,
  type WorkloadInput,
} from './workload-simulation';

const DAY = 86_400_000;
const START = new Date(2026, 0, 5, 9, 0, 0).getTime();
const studied = simulateStudy({ codes: CODES, days: 30, reviewsPerDay: 40, start: START, seed: 5 });
const deck = buildDeck(CODES, studied.settings);
const input: WorkloadInput = {
  cards: Object.values(studied.cards),
  newCards: deck.filter((d) => !studied.cards[d.id]).length,
  settings: studied.settings,
  habits: gradeHabits(studied.log),
  now: START + 31 * DAY,
  days: 365,
  seed: 1,
};

describe('workload simulation', () => {
  it('is deterministic for a seed', () => {
    expect(simulateWorkload(input)).toEqual(simulateWorkload(input));
    expect(simulateWorkload({ ...input, seed: 2 })).not.toEqual(simulateWorkload(input));
  });

  it('a higher desired retention costs more reviews and gives more recall', () => {
    const at = (desiredRetention: number) =>
      simulateWorkload({ ...input, runs: 4, settings: { ...input.settings, desiredRetention } });
    const low = at(0.75);
    const high = at(0.95);
    expect(high.reviewsPerDay).toBeGreaterThan(low.reviewsPerDay);
    expect(high.recall).toBeGreaterThan(low.recall);
    expect(high.recall).toBeLessThanOrEqual(1);
  });

  it('compares every retention from 0.70 to 0.97', () => {
    const points = compareRetentions({ ...input, days: 60 });
    expect(points.map((p) => p.desiredRetention)).toEqual(retentionGrid());
    expect(retentionGrid()[0]).toBe(0.7);
    expect(retentionGrid().at(-1)).toBe(0.97);
    const first = points[0];
    const last = points.at(-1);
    expect(last && first && last.reviewsPerDay > first.reviewsPerDay).toBe(true);
  });

  it('learns the learner’s grading habits from the log, or assumes typical ones', () => {
    const habits = gradeHabits(studied.log);
    expect(habits.first.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(habits.recalled.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(habits).not.toEqual(DEFAULT_HABITS);
    expect(gradeHabits([])).toEqual(DEFAULT_HABITS);
  });

  it('introduces new cards no faster than the daily limit', () => {
    const none = simulateWorkload({ ...input, cards: [], newCards: 100, days: 1 });
    const limited = { ...input.settings, dailyNewLimit: 5 };
    const five = simulateWorkload({
      ...input,
      cards: [],
      newCards: 100,
      days: 1,
      settings: limited,
    });
    expect(five.reviewsPerDay).toBeLessThan(none.reviewsPerDay);
    expect(five.reviewsPerDay).toBeGreaterThanOrEqual(5);
    expect(five.reviewsPerDay).toBeLessThanOrEqual(10);
  });
});
