import { describe, expect, it } from 'vitest';
import { intervalParts } from './format-interval';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('intervalParts', () => {
  it.each([
    [30_000, 'lessThanMinute', 1],
    [MIN, 'minute', 1],
    [10 * MIN, 'minute', 10],
    [59 * MIN, 'minute', 59],
    [HOUR, 'hour', 1],
    [90 * MIN, 'hour', 1.5],
    [15 * HOUR, 'hour', 15],
    [DAY, 'day', 1],
    [3 * DAY + 2 * HOUR, 'day', 3],
    [29 * DAY, 'day', 29],
    [45 * DAY, 'month', 1.5],
    [300 * DAY, 'month', 10],
    [400 * DAY, 'year', 1.1],
    [36500 * DAY, 'year', 100],
  ] as const)('%d ms → %s %d', (ms, unit, value) => {
    expect(intervalParts(ms)).toEqual({ unit, value });
  });

  it('never shows a negative or zero interval', () => {
    expect(intervalParts(-5000)).toEqual({ unit: 'lessThanMinute', value: 1 });
    expect(intervalParts(Number.NaN)).toEqual({ unit: 'lessThanMinute', value: 1 });
  });
});
