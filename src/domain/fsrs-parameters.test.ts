import { describe, expect, it } from 'vitest';
import { parameterProblem, parameterProblemInProgress } from './fsrs-parameters';
import { emptyProgress, exportProgress } from './progress-file';
import { restoreProgress } from './progress-restore';
import {
  createScheduler,
  DEFAULT_PARAMETERS,
  newCardState,
  PARAMETER_RANGES,
  tidyParameters,
} from './scheduler';
import { DEFAULT_STUDY_SETTINGS, normalizeSettings } from './study-settings';

const T0 = new Date(2026, 0, 5, 9, 0, 0).getTime();
const DAY = 86_400_000;
const set = <T>(w: T[]) => ({ w, optimizedAt: T0, reviewCount: 500 });
const valid = set([...DEFAULT_PARAMETERS].map((x, i) => (i === 3 ? x * 2 : x)));

/** Progress JSON whose settings carry `parameters`, as storage or a file would hold it. */
function fileWith(parameters: unknown) {
  const file = JSON.parse(JSON.stringify(exportProgress(emptyProgress(), T0))) as {
    settings: Record<string, unknown>;
  };
  file.settings.parameters = parameters;
  return file;
}

describe('parameter sets', () => {
  it('accepts 21 weights within ts-fsrs ranges', () => {
    expect(parameterProblem(valid)).toBeNull();
    expect(parameterProblem(set([...DEFAULT_PARAMETERS]))).toBeNull();
  });

  it('names what is wrong: shape, length, non-numbers and ranges', () => {
    expect(parameterProblem(null)).toEqual({ reason: 'shape' });
    expect(parameterProblem({ w: DEFAULT_PARAMETERS })).toEqual({ reason: 'shape' });
    expect(parameterProblem(set(DEFAULT_PARAMETERS.slice(0, 19)))).toEqual({
      reason: 'length',
      found: 19,
    });
    const nan = [...DEFAULT_PARAMETERS] as unknown[];
    nan[5] = NaN;
    expect(parameterProblem(set(nan))).toEqual({ reason: 'number', index: 5 });
    nan[5] = '0.5';
    expect(parameterProblem(set(nan))).toEqual({ reason: 'number', index: 5 });
    const high = [...DEFAULT_PARAMETERS];
    high[4] = 11; // difficulty weight, 1–10
    expect(parameterProblem(set(high))).toEqual({ reason: 'range', index: 4, min: 1, max: 10 });
  });

  it('tidies optimiser output: clipped into range, 4 decimals, and refuses bad lengths', () => {
    const raw = [...DEFAULT_PARAMETERS].map((x) => x + 0.000012345);
    raw[7] = -1; // below 0.001
    const tidy = tidyParameters(raw, 1);
    expect(tidy).toHaveLength(21);
    expect(tidy[7]).toBe(PARAMETER_RANGES[7]?.[0]);
    for (const x of tidy) expect(Math.round(x * 10_000) / 10_000).toBe(x);
    expect(parameterProblem(set(tidy))).toBeNull();
    expect(() => tidyParameters(raw.slice(0, 20), 1)).toThrow();
    expect(() => tidyParameters([...raw.slice(0, 20), Infinity], 1)).toThrow();
  });

  it('normalised settings drop a set of the wrong shape, so the defaults stand', () => {
    const kept = normalizeSettings({ ...DEFAULT_STUDY_SETTINGS, parameters: valid });
    expect(kept.parameters?.w).toEqual(valid.w);
    const dropped = normalizeSettings({
      ...DEFAULT_STUDY_SETTINGS,
      parameters: set([1, 2, 3]),
    });
    expect(dropped).not.toHaveProperty('parameters');
  });

  it('the scheduler uses the learner’s weights', () => {
    // Larger first-Good stability (w[2]) must give a longer first interval.
    const w = [...DEFAULT_PARAMETERS];
    w[2] = 20;
    const own = createScheduler({
      enableFuzz: false,
      learningSteps: [],
      parameters: set(w),
    });
    const plain = createScheduler({ enableFuzz: false, learningSteps: [] });
    const card = newCardState('404:recall', T0);
    const ownDue = own.grade(card, 3, T0, 0).card.due;
    const plainDue = plain.grade(card, 3, T0, 0).card.due;
    expect(ownDue - T0).toBeGreaterThan(plainDue - T0 + 10 * DAY);
  });

  for (const [name, parameters] of [
    ['wrong length', set(DEFAULT_PARAMETERS.slice(0, 17))],
    ['a non-number (JSON has no NaN: null)', set([...DEFAULT_PARAMETERS.slice(0, 20), null])],
    ['out of range', set([...DEFAULT_PARAMETERS.slice(0, 20), 5])],
  ] as const) {
    it(`saved or imported progress with a set of ${name} is refused and the defaults stand`, () => {
      const file = fileWith(parameters);
      const result = restoreProgress(file, T0 + DAY);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatch(/^settings\.parameters: /);
      expect(result.partial.settings).not.toHaveProperty('parameters');
      expect(parameterProblemInProgress(JSON.stringify(file))).not.toBeNull();
    });
  }

  it('a valid set survives export and restore', () => {
    const progress = emptyProgress({ ...DEFAULT_STUDY_SETTINGS, parameters: valid });
    const result = restoreProgress(
      JSON.parse(JSON.stringify(exportProgress(progress, T0))),
      T0 + DAY,
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.settings.parameters).toEqual(valid);
    expect(parameterProblemInProgress(exportProgress(progress))).toBeNull();
  });
});
