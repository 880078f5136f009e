import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELETE, setAt } from '../../tests/progress-arbitraries';
import { CODES } from '../domain/dataset';
import { exportProgress, PROGRESS_FORMAT, PROGRESS_VERSION } from '../domain/progress-file';
import { simulateStudy } from '../domain/simulate';
import { createMemoryStorage } from './app-env';
import { createProgressStore, PROGRESS_STORAGE_KEY } from './progress-store';

const START = new Date(2026, 0, 5, 9, 0).getTime();
const base = exportProgress(
  simulateStudy({ codes: CODES.slice(0, 12), days: 6, reviewsPerDay: 12, start: START }),
);
const file = JSON.parse(JSON.stringify(base)) as typeof base;
const cardIds = Object.keys(file.cards);
const entryCount = file.log.entries.length / 5;
// Entries whose duration and state matter (manual actions ignore both).
const reviewEntries = Array.from({ length: entryCount }, (_, k) => k).filter((k) => {
  const code = file.log.entries[k * 5 + 1] ?? 0;
  return code >= 1 && code <= 4;
});

const notObject = fc.constantFrom<unknown>(null, 0, 'text', true, [], [1, 2]);
const notNumber = fc.constantFrom<unknown>(null, '1', true, [], {}, Number.NaN, Infinity);
const notBool = fc.constantFrom<unknown>(null, 'true', 1, 0, []);
const outside = (min: number, max: number) =>
  fc.oneof(
    fc
      .double({ max: min, maxExcluded: true, noNaN: true, noDefaultInfinity: true })
      .filter((v) => v < min), // -0 is not below 0
    fc.double({ min: max, minExcluded: true, noNaN: true, noDefaultInfinity: true }),
    notNumber,
  );
const badInt = (min: number, max: number) => fc.oneof(outside(min, max), fc.constant(min + 0.5));
/** Not a count: negative, fractional or not a number (counts have no upper bound). */
const badCount = fc.oneof(
  fc.integer({ max: -1 }),
  fc.double({ min: 0.01, max: 1e6, noNaN: true }).filter((v) => !Number.isInteger(v)),
  notNumber,
);
const badSteps = fc.oneof(
  notObject.filter((v) => !Array.isArray(v) || v.length > 0),
  fc.constantFrom<unknown>(['1x'], [''], ['0m'], ['-1m'], [5], ['1m', null], ['1 m']),
);

type Mutation = [path: PropertyKey[], value: unknown];
const mut = (path: PropertyKey[], value: unknown): Mutation => [path, value];
const settingsMutation: fc.Arbitrary<Mutation> = fc.oneof(
  outside(0.7, 0.97).map((v) => mut(['settings', 'desiredRetention'], v)),
  badInt(1, 36500).map((v) => mut(['settings', 'maximumIntervalDays'], v)),
  badSteps.map((v) => mut(['settings', 'learningSteps'], v)),
  badSteps.map((v) => mut(['settings', 'relearningSteps'], v)),
  notBool.map((v) => mut(['settings', 'enableFuzz'], v)),
  badInt(1, 99).map((v) => mut(['settings', 'leechThreshold'], v)),
  badInt(0, 100).map((v) => mut(['settings', 'dailyNewLimit'], v)),
  badInt(0, 23).map((v) => mut(['settings', 'dayStartHour'], v)),
  fc.constantFrom<unknown>([], ['foo'], 'recall', null).map((v) => mut(['settings', 'kinds'], v)),
  notBool.map((v) => mut(['settings', 'includeUnofficial'], v)),
  notBool.map((v) => mut(['settings', 'quizCountsAsReview'], v)),
);

const cardField = fc.oneof(
  notNumber.map((v) => ['due', v] as const),
  fc.oneof(notNumber, fc.constant(-1)).map((v) => ['stability', v] as const),
  fc.oneof(notNumber, fc.constant(-0.5)).map((v) => ['difficulty', v] as const),
  badCount.map((v) => ['reps', v] as const),
  badCount.map((v) => ['lapses', v] as const),
  fc.constantFrom<unknown>('done', 'New', 2, null).map((v) => ['state', v] as const),
  fc.oneof(notNumber, fc.constant(-3)).map((v) => ['scheduledDays', v] as const),
  badCount.map((v) => ['learningSteps', v] as const),
  fc.constantFrom<unknown>(-1, 1.5, 'x', null).map((v) => ['lastReview', v] as const),
  fc.constantFrom<unknown>(-1, 1.5, 'x', null, DELETE).map((v) => ['updatedAt', v] as const),
  notBool.map((v) => ['leech', v] as const),
  notBool.map((v) => ['suspended', v] as const),
);
const cardMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...cardIds), cardField)
    .map(([id, [field, v]]) => mut(['cards', id, field], v)),
  fc.tuple(fc.constantFrom(...cardIds), notObject).map(([id, v]) => mut(['cards', id], v)),
  fc
    .constantFrom('999:recall', 'abc', '404:foo', '404', '')
    .map((id) => mut(['cards', id], file.cards[cardIds[0] as string])),
);

const entryField = (k: number, field: number, v: unknown): Mutation => [
  ['log', 'entries', k * 5 + field],
  v,
];
const logMutation: fc.Arbitrary<Mutation> = fc.oneof(
  notObject.map((v) => mut(['log'], v)),
  fc.constantFrom('ids', 'entries').map((k) => mut(['log', k], DELETE)),
  notObject.filter((v) => !Array.isArray(v)).map((v) => mut(['log', 'ids'], v)),
  fc
    .tuple(
      fc.nat({ max: file.log.ids.length - 1 }),
      fc.constantFrom<unknown>(5, null, 'abc', '404:x'),
    )
    .map(([i, v]) => mut(['log', 'ids', i], v)),
  fc
    .tuple(
      fc.nat({ max: file.log.entries.length - 1 }),
      fc.constantFrom<unknown>(1.5, '3', null, []),
    )
    .map(([i, v]) => mut(['log', 'entries', i], v)),
  fc.constant<Mutation>([['log', 'entries'], file.log.entries.slice(0, -1)]),
  fc.constant<Mutation>([
    ['log', 'entries'],
    [...file.log.entries, 0],
  ]),
  fc
    .tuple(fc.nat({ max: entryCount - 1 }), fc.constantFrom(-1, file.log.ids.length, 10_000))
    .map(([k, v]) => entryField(k, 0, v)),
  fc
    // Codes 1–4 are grades and 0, 5, 6, 7 actions (7: reschedule): these are neither.
    .tuple(fc.nat({ max: entryCount - 1 }), fc.constantFrom(-1, 8, 9, 100))
    .map(([k, v]) => entryField(k, 1, v)),
  fc
    .tuple(fc.constantFrom(...reviewEntries), fc.constantFrom(-1, 3601, 1e6))
    .map(([k, v]) => entryField(k, 3, v)),
  fc
    .tuple(fc.constantFrom(...reviewEntries), fc.constantFrom(-1, 4, 9))
    .map(([k, v]) => entryField(k, 4, v)),
  fc.constant<Mutation>([['log', 'entries', 2], -1e10]),
);

const topMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom('format', 'version', 'settings', 'cards', 'log').map((k) => mut([k], DELETE)),
  fc
    .oneof(fc.string(), notObject)
    .filter((v) => v !== PROGRESS_FORMAT)
    .map((v) => mut(['format'], v)),
  fc
    .oneof(fc.integer(), notNumber, fc.double({ noNaN: true }))
    // Versions 2 and the current one read this shape (2's times are then out of range).
    .filter((v) => v !== 2 && v !== PROGRESS_VERSION)
    .map((v) => mut(['version'], v)),
  notObject.map((v) => mut(['settings'], v)),
  notObject.map((v) => mut(['cards'], v)),
  notObject.map((v) => mut(['undone'], v)),
  fc.constantFrom<unknown>(-1, 1.5, 'x', null).map((v) => mut(['resetAt'], v)),
);

const malformedFile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.oneof(notObject, fc.constantFrom('', '{"format":', 'null', '[]')) },
  ...[topMutation, settingsMutation, cardMutation, logMutation].map((m) => ({
    weight: 3,
    arbitrary: m.map(([path, v]) => setAt(file, path, v)),
  })),
);

describe('importing malformed files', () => {
  it('accepts the unmutated file (so that every rejection below is the mutation’s doing)', async () => {
    const store = createProgressStore({ storage: createMemoryStorage(), now: () => START });
    await expect(store.getState().importProgress(file, 'merge')).resolves.toEqual({ ok: true });
    store.getState().stopSync();
  });

  it('rejects each of 1,200 malformed files with a message and leaves the store unchanged', async () => {
    const storage = createMemoryStorage();
    const store = createProgressStore({ storage, now: () => START + 30 * 86_400_000 });
    store.getState().answer('200:recall', 3, 1000);
    const state = store.getState();
    const text = storage.getItem(PROGRESS_STORAGE_KEY);
    await fc.assert(
      fc.asyncProperty(malformedFile, fc.constantFrom('replace', 'merge'), async (raw, mode) => {
        const result = await store.getState().importProgress(raw, mode as 'replace' | 'merge');
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error).toMatch(/^[\w[\]".:() -]+: \S/);
        expect(store.getState()).toBe(state);
        expect(storage.getItem(PROGRESS_STORAGE_KEY)).toBe(text);
      }),
      { numRuns: 1200 },
    );
    store.getState().stopSync();
  }, 30_000);
});
