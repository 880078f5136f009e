import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELETE, play, progressArb, setAt, START, stepArb } from '../../tests/progress-arbitraries';
import type { LogEntry } from './card-model';
import {
  emptyProgress,
  exportProgress,
  mergeProgress,
  PROGRESS_FORMAT,
  reviewLogCsv,
  type ProgressData,
} from './progress-file';
import { restoreProgress } from './progress-restore';
import { DEFAULT_STUDY_SETTINGS } from './study-settings';

const MIN = 60_000;
const settings = { ...DEFAULT_STUDY_SETTINGS, enableFuzz: false };

function progress(steps: Parameters<typeof play>[0]): ProgressData {
  const { cards, log } = play(steps, settings);
  return { settings, cards, log, resetAt: 0, undone: [], confusions: [] };
}
const sample = progress([
  { kind: 'grade', card: 0, grade: 3, durationMs: 4_000 },
  { kind: 'clock', ms: 10 * MIN },
  { kind: 'grade', card: 0, grade: 3, durationMs: 2_000 },
  { kind: 'grade', card: 5, grade: 1, durationMs: 9_000 },
  { kind: 'act', card: 5, action: 'suspend' },
]);
const roundTrip = (p: ProgressData) =>
  restoreProgress(JSON.parse(JSON.stringify(exportProgress(p, START))));
const errorOf = (raw: unknown) => {
  const r = restoreProgress(raw);
  return r.ok ? 'accepted' : r.error;
};
const file = () => JSON.parse(JSON.stringify(exportProgress(sample))) as Record<string, unknown>;

describe('progress file', () => {
  it('exports a versioned file that imports back to the same progress (property)', () => {
    fc.assert(
      fc.property(progressArb, (p) => {
        const result = roundTrip(p);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.value).toEqual(p);
      }),
      { numRuns: 120 },
    );
    expect(exportProgress(sample, START)).toMatchObject({
      format: PROGRESS_FORMAT,
      version: 2,
      exportedAt: START,
    });
  });

  it('writes the review log as CSV for FSRS optimisers, leaving out manual actions', () => {
    expect(reviewLogCsv(sample.log).split('\n')).toEqual([
      'card_id,review_time,review_rating,review_state,review_duration',
      `200:recall,${START},3,0,4000`,
      `200:recall,${START + 10 * MIN},3,1,2000`,
      `301:scenario,${START + 10 * MIN},1,0,9000`,
      '',
    ]);
  });

  it.each([
    ['text that is not JSON', '{"format": ', /^file: not JSON/],
    ['an array', [1, 2], /^file: expected an object/],
    ['a foreign file', { cards: {}, log: [] }, /^format: expected "http-status-trainer-progress"/],
    ['a newer version', { ...file(), version: 3 }, /^version: 3 was written by a newer version/],
  ])('rejects %s with a message naming the problem', (_label, raw, message) => {
    expect(errorOf(raw)).toMatch(message);
  });

  it('names the field that is wrong', () => {
    const f = file();
    expect(errorOf(setAt(f, ['cards', '200:recall', 'due'], 'soon'))).toBe(
      'cards["200:recall"].due: expected a number',
    );
    expect(errorOf(setAt(f, ['settings', 'desiredRetention'], 0.99))).toBe(
      'settings.desiredRetention: expected a value of at most 0.97',
    );
    expect(errorOf(setAt(f, ['log', 'entries', 7], 2.5))).toBe(
      'log.entries[7]: expected an integer',
    );
    expect(errorOf(setAt(f, ['log', 'entries', 5], 42))).toBe(
      'log.entries[5] (entry 1): card index 42 does not name a card in log.ids',
    );
    expect(errorOf(setAt(f, ['cards'], DELETE))).toBe('cards: expected an object');
  });

  it('keeps what it can when rejecting, for data that must not be thrown away', () => {
    const f = setAt(
      setAt(file(), ['cards', '200:recall', 'stability'], -1),
      ['settings', 'dailyNewLimit'],
      'many',
    );
    const result = restoreProgress(f);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/\(and 1 more problem\(s\)\)$/);
    // The damaged card is rebuilt from the log; the damaged setting falls back to its default.
    expect(result.partial.cards).toEqual(sample.cards);
    expect(result.partial.log).toEqual(sample.log);
    expect(result.partial.settings.dailyNewLimit).toBe(20);
  });

  it('reads version 1 (zustand JSON, log entries as objects)', () => {
    const v1 = {
      state: {
        settings: { dailyNewLimit: 7 },
        cards: Object.fromEntries(
          Object.entries(sample.cards).map(([id, { updatedAt: _u, ...c }]) => [id, c]),
        ),
        log: sample.log.filter((e) => 'grade' in e).map((e) => ({ ...e, review: e.review + 123 })),
      },
      version: 1,
    };
    const result = restoreProgress(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.settings.dailyNewLimit).toBe(7);
    expect(result.value.log).toEqual(sample.log.filter((e) => 'grade' in e));
    expect(result.value.cards['200:recall']).toEqual(sample.cards['200:recall']);
  });
});

describe('mergeProgress', () => {
  const stepsArb = fc.array(stepArb, { maxLength: 30 });
  const keys = (log: readonly LogEntry[]) => log.map((e) => JSON.stringify(e)).sort();

  it('keeps every entry of both sides, and both tabs reach the same progress (property)', () => {
    fc.assert(
      fc.property(stepsArb, stepsArb, stepsArb, (shared, mine, theirs) => {
        const a = progress([...shared, ...mine]);
        const b = progress([...shared, ...theirs]);
        const ab = mergeProgress(a, b);
        const ba = mergeProgress(b, a);
        // Every moment of either side is kept (one entry when both tabs answered a card at once).
        const moments = (log: readonly LogEntry[]) => log.map((e) => `${e.cardId}@${e.review}`);
        expect(moments(ab.log).sort()).toEqual(
          [...new Set([...moments(a.log), ...moments(b.log)])].sort(),
        );
        const either = new Set([...keys(a.log), ...keys(b.log)]);
        for (const k of keys(ab.log)) expect(either.has(k)).toBe(true);
        expect(ab.log).toEqual(ba.log);
        expect(ab.cards).toEqual(ba.cards);
        expect(mergeProgress(ab, a)).toEqual(ab);
      }),
      { numRuns: 100 },
    );
  });

  it('rebuilds a card answered in both tabs from the united log', () => {
    const a = progress([{ kind: 'grade', card: 0, grade: 3, durationMs: 0 }]);
    const b = progress([
      { kind: 'clock', ms: 5 * MIN },
      { kind: 'grade', card: 0, grade: 1, durationMs: 0 },
    ]);
    const merged = mergeProgress(a, b);
    expect(merged.log.map((e) => e.review)).toEqual([START, START + 5 * MIN]);
    expect(merged.cards['200:recall']).toMatchObject({ reps: 2, lastReview: START + 5 * MIN });
  });

  it('keeps one entry when two tabs answer the same card in the same second', () => {
    const a = progress([{ kind: 'grade', card: 0, grade: 3, durationMs: 1_000 }]);
    const b = progress([{ kind: 'grade', card: 0, grade: 1, durationMs: 1_000 }]);
    const ab = mergeProgress(a, b);
    expect(ab.log).toHaveLength(1);
    expect(mergeProgress(b, a)).toEqual(ab);
    expect(ab.cards['200:recall']).toEqual(
      ab.log[0] === a.log[0] ? a.cards['200:recall'] : b.cards['200:recall'],
    );
    // Still a valid history: it saves and reads back.
    expect(roundTrip(ab).ok).toBe(true);
  });

  it('does not bring back an entry undone in either tab', () => {
    const a = sample;
    const undoneEntry = sample.log[3] as LogEntry;
    const b = {
      ...sample,
      log: sample.log.filter((e) => e !== undoneEntry),
      undone: [undoneEntry],
    };
    const merged = mergeProgress(a, b);
    expect(merged.log).not.toContainEqual(undoneEntry);
    expect(merged.undone).toEqual([undoneEntry]);
  });

  it('drops what the other tab had before a more recent reset, keeping what it did after', () => {
    const wiped: ProgressData = { ...emptyProgress(settings), resetAt: START + 30 * MIN };
    const late = progress([
      { kind: 'grade', card: 0, grade: 3, durationMs: 0 },
      { kind: 'clock', ms: 60 * MIN },
      { kind: 'grade', card: 1, grade: 3, durationMs: 0 },
    ]);
    const merged = mergeProgress(late, wiped);
    expect(merged.resetAt).toBe(START + 30 * MIN);
    expect(merged.log.map((e) => e.cardId)).toEqual(['200:reverse']);
    expect(Object.keys(merged.cards)).toEqual(['200:reverse']);
  });
});
