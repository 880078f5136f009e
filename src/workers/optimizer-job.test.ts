import { describe, expect, it } from 'vitest';
import { CODES } from '../domain/dataset';
import { DEFAULT_PARAMETERS, PARAMETER_RANGES } from '../domain/scheduler';
import { simulateStudy } from '../domain/simulate';
import type { TrainingArrays } from '../domain/training-items';
import { NotEnoughDataError } from './fsrs-optimizer';
import { NOT_ENOUGH_DATA, runOptimize, type OptimizeMessage } from './optimizer-job';

const START = new Date(2026, 0, 5, 9, 0, 0).getTime();
const studied = simulateStudy({ codes: CODES, days: 30, reviewsPerDay: 30, start: START, seed: 4 });

async function run(fit: (items: TrainingArrays) => number[], log = studied.log) {
  const messages: OptimizeMessage[] = [];
  let given: TrainingArrays | undefined;
  await runOptimize(
    { log, settings: studied.settings },
    async () => ({
      fit: (items) => {
        given = items;
        return fit(items);
      },
    }),
    (m) => messages.push(m),
  );
  return { messages, given };
}

describe('optimiser job', () => {
  it('fits the training items, tidies the weights and scores both sets on the same items', async () => {
    const raw = [...DEFAULT_PARAMETERS].map((x, i) => (i === 7 ? -5 : x * 1.1)); // w7 out of range
    const { messages, given } = await run(() => raw);
    expect(messages.slice(0, 3)).toEqual([
      { type: 'progress', phase: 'loading' },
      { type: 'progress', phase: 'fitting' },
      { type: 'progress', phase: 'comparing' },
    ]);
    const done = messages[3];
    if (done?.type !== 'done') throw new Error(`expected a result, got ${JSON.stringify(done)}`);
    expect(done.value.w).toHaveLength(21);
    expect(done.value.w[7]).toBe(PARAMETER_RANGES[7]?.[0]);
    expect(done.value.items).toBe(given?.lengths.length);
    expect(done.value.partial).toBe(false);
    expect(done.value.current.count).toBe(done.value.items);
    expect(done.value.fitted.count).toBe(done.value.items);
    expect(done.value.current.logLoss).toBeGreaterThan(0);
  });

  it('does not even load the optimiser with fewer than 8 items', async () => {
    let loaded = false;
    const messages: OptimizeMessage[] = [];
    await runOptimize(
      { log: studied.log.slice(0, 5), settings: studied.settings },
      async () => {
        loaded = true;
        return { fit: () => [] };
      },
      (m) => messages.push(m),
    );
    expect(loaded).toBe(false);
    expect(messages).toEqual([{ type: 'failed', detail: NOT_ENOUGH_DATA }]);
  });

  it('reports a failing fit or weights of the wrong length as a failure, never throwing', async () => {
    const threw = await run(() => {
      throw new Error('wasm trap');
    });
    expect(threw.messages.at(-1)).toEqual({ type: 'failed', detail: 'wasm trap' });
    const tooLittle = await run(() => {
      throw new NotEnoughDataError();
    });
    expect(tooLittle.messages.at(-1)).toEqual({ type: 'failed', detail: NOT_ENOUGH_DATA });
    const short = await run(() => [1, 2, 3]);
    expect(short.messages.at(-1)?.type).toBe('failed');
  });
});
