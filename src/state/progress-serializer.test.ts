import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { play, settingsArb, stepArb } from '../../tests/progress-arbitraries';
import { exportProgress, type ProgressData } from '../domain/progress-file';
import { restoreProgress } from '../domain/progress-restore';
import { ProgressSerializer } from './progress-serializer';

describe('ProgressSerializer', () => {
  it('writes what exportProgress gives, whatever happens to the log between saves (property)', () => {
    const views = fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('prefix' as const), cut: fc.nat({ max: 80 }) }),
        fc.record({ kind: fc.constant('drop' as const), at: fc.nat({ max: 80 }) }),
      ),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(
        fc.array(stepArb, { maxLength: 80 }),
        settingsArb,
        views,
        (steps, settings, vs) => {
          // Cards are rebuilt from the log on the way back; this test is about the log.
          const { log, now } = play(steps, settings);
          const cards = {};
          const serializer = new ProgressSerializer();
          let current = log.slice(0, 0);
          for (const v of vs) {
            // Appends (the usual case) reuse the previous encoding; anything else starts over.
            current =
              v.kind === 'prefix' ? log.slice(0, v.cut) : current.filter((_, i) => i !== v.at);
            const data: ProgressData = {
              settings,
              cards,
              log: current,
              resetAt: 0,
              undone: [],
              confusions: [],
            };
            const text = serializer.serialize(data);
            expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(exportProgress(data))));
            const back = restoreProgress(text, now);
            expect(back.ok && back.value.log).toEqual(current);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
