import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELETE, play, progressArb, setAt, START, stepArb } from '../../tests/progress-arbitraries';
import type { LogEntry } from './card-model';
import {
  emptyProgress,
  exportProgress,
  PROGRESS_FORMAT,
  reviewLogCsv,
  type ProgressData,
} from './progress-file';
import { mergeProgress } from './progress-merge';
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
/** The app's clock after `p`: its latest entry (play() may have moved the clock years ahead). */
const clockOf = (p: ProgressData) => Math.max(START, ...p.log.map((e) => e.review));
const roundTrip = (p: ProgressData) =>
  restoreProgress(JSON.parse(JSON.stringify(exportProgress(p, START))), clockOf(p));
const NOW = START + 86_400_000;
const errorOf = (raw: unknown) => {
  const r = restoreProgress(raw, NOW);
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
    expect(exportProgress(sample, START + 60 * MIN)).toMatchObject({
      format: PROGRESS_FORMAT,
      version: 3,
      exportedAt: START + 60 * MIN,
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
    ['a newer version', { ...file(), version: 4 }, /^version: 4 was written by a newer version/],
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
    // (The entries after it are left out, and with them the only entries of a card.)
    expect(errorOf(setAt(f, ['log', 'entries', 7], 2.5))).toBe(
      'log.entries[7]: expected an integer (and 1 more problem(s))',
    );
    expect(errorOf(setAt(f, ['log', 'entries', 5], 42))).toBe(
      'log.entries[5] (entry 1): card index 42 does not name a card in log.ids',
    );
    expect(errorOf(setAt(f, ['cards'], DELETE))).toBe('cards: expected an object');
  });

  it('refuses times and memory states the app could not write back or grade', () => {
    const f = file();
    const year9999 = Date.UTC(9999, 0, 1);
    // A card with reviews is rebuilt from its log; one without cannot be.
    expect(errorOf(setAt(f, ['cards', '200:recall', 'updatedAt'], year9999))).toBe('accepted');
    const reviewed = { ...exportProgress(sample).cards['200:recall'], updatedAt: year9999 };
    delete reviewed.lastReview;
    const unlogged = setAt(f, ['cards', '404:recall'], reviewed);
    expect(errorOf(unlogged)).toMatch(
      /^cards\["404:recall"\]\.updatedAt: expected a time no later than 2027-/,
    );
    expect(errorOf(setAt(f, ['cards', '200:recall', 'due'], 1e300))).toMatch(
      /^cards\["200:recall"\]\.due: expected a time from 1970 to 21\d\d-/,
    );
    expect(errorOf(setAt(f, ['cards', '200:recall', 'lastReview'], START + 86_400_000))).toMatch(
      /^cards\["200:recall"\]\.lastReview: /,
    );
    expect(errorOf(setAt(f, ['cards', '200:recall', 'difficulty'], 11))).toMatch(
      /^cards\["200:recall"\]\.difficulty: expected 0 \(new\) or a value from 1 to 10/,
    );
    expect(errorOf(setAt(f, ['resetAt'], year9999))).toMatch(/^resetAt: expected a time/);
    // A review more than a year after now: the log's own bound, the same as the cards'.
    const first = f.log as { entries: number[] };
    const later = (first.entries[2] ?? 0) + 2 * 365 * 86_400_000;
    expect(errorOf(setAt(f, ['log', 'entries', 2], later))).toMatch(
      /^log\.entries\[0\] \(entry 0\): review time out of range/,
    );
  });

  it('echoes at most a short piece of what it refuses', () => {
    const key = `${'4'.repeat(100_000)}:recall`;
    const error = errorOf(setAt(file(), ['cards', key], {}));
    expect(error.length).toBeLessThan(200);
    expect(error).toMatch(/^cards\["4{20,}…"\]: not a card id$/);
  });

  it("refuses entries dated after the file's own export time", () => {
    const exported = exportProgress(sample, START + 60 * MIN);
    const f = JSON.parse(JSON.stringify(exported)) as typeof exported;
    expect(errorOf(f)).toBe('accepted');
    const shift = (seconds: number) =>
      setAt(f, ['log', 'entries', 2], (f.log.entries[2] ?? 0) + seconds);
    expect(errorOf(shift(3_600_000))).toBe('accepted'); // within the margin
    expect(errorOf(shift(3 * 86_400_000))).toMatch(
      /^log\.entries\[0\] \(entry 0\): review time out of range/,
    );
    const year3000 = Date.UTC(3000, 0, 1);
    expect(errorOf(setAt(f, ['log', 'entries', 2], year3000))).toMatch(/review time out of range/);
    expect(errorOf(setAt(f, ['exportedAt'], Date.UTC(3000, 0, 1)))).toMatch(/^exportedAt: /);
    // The app's own files always pass: exportedAt is never before what the file holds.
    const late = exportProgress(sample, START - 86_400_000);
    expect(late.exportedAt).toBe(Math.max(...sample.log.map((e) => e.review)));
  });

  it('keeps what it can when rejecting, for data that must not be thrown away', () => {
    const f = setAt(
      setAt(file(), ['cards', '200:recall', 'stability'], -1),
      ['settings', 'dailyNewLimit'],
      'many',
    );
    const result = restoreProgress(f, NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/\(and 1 more problem\(s\)\)$/);
    // The damaged card is rebuilt from the log; the damaged setting falls back to its default.
    expect(result.partial.cards).toEqual(sample.cards);
    expect(result.partial.log).toEqual(sample.log);
    expect(result.partial.settings.dailyNewLimit).toBe(20);
  });

  it('reads a version-2 save (times in whole seconds) unchanged, and writes it back as version 3', () => {
    const v2 = JSON.parse(readFileSync('src/domain/fixtures/progress-v2.json', 'utf8'));
    const result = restoreProgress(v2, v2.exportedAt);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { value } = result;
    expect(value.settings.dailyNewLimit).toBe(15);
    expect(value.log.map((e) => [e.cardId, e.review])).toEqual([
      ['200:recall', 1767603600000],
      ['200:recall', 1767604200000],
      ['301:scenario', 1767604200000],
      ['301:scenario', 1767777000000],
      ['404:reverse', 1767777000000],
      ['404:reverse', 1767777001000], // the clock went back a day: stamped a second after
      ['503:recall', 1767690600000],
      ['301:scenario', 1767777001000],
    ]);
    expect(value.undone).toEqual([
      { cardId: '200:recall', grade: 1, review: 1767949800000, durationMs: 7000, state: 'review' },
    ]);
    for (const [id, card] of Object.entries(v2.cards))
      expect(value.cards[id]).toEqual({ id, ...(card as object) });
    const v3 = JSON.parse(JSON.stringify(exportProgress(value, v2.exportedAt)));
    expect(v3.version).toBe(3);
    expect(restoreProgress(v3, v2.exportedAt)).toEqual(result);
  });

  it('says what a recovery of a damaged file leaves out, and what it keeps is accepted as it is', () => {
    let f: unknown = file();
    f = setAt(f, ['cards', '200:recall', 'due'], 'soon'); // rebuilt from its log: kept
    f = setAt(f, ['cards', '999:recall'], { due: 0 }); // not a card: left out
    f = setAt(f, ['settings', 'dailyNewLimit'], 'many');
    f = setAt(f, ['settings', 'learningSteps'], ['1x']);
    const entries = [...(file().log as { entries: number[] }).entries];
    entries[7] = 2.5; // entry 1 damaged: it and every later entry are left out
    f = setAt(f, ['log', 'entries'], entries);
    const result = restoreProgress(f, NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('invalid');
    expect(result.leftOut).toEqual({ cards: 2, entries: 3, settings: 2 });
    expect(result.problems).toHaveLength(5);
    expect(result.partial.log).toEqual(sample.log.slice(0, 1));
    const back = restoreProgress(
      JSON.parse(JSON.stringify(exportProgress(result.partial, NOW))),
      NOW,
    );
    expect(back.ok && back.value).toEqual(result.partial);
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
    const result = restoreProgress(v1, NOW);
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
        // Every entry of either side is kept, once.
        expect(keys(ab.log)).toEqual([...new Set([...keys(a.log), ...keys(b.log)])].sort());
        expect(ab.log).toEqual(ba.log);
        expect(ab.cards).toEqual(ba.cards);
        expect(mergeProgress(ab, a)).toEqual(ab);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps two answers to one card at one moment that differ only in the state they met, in either order', () => {
    // Found by the property above (seed 1548231638): tab A answered Again, then Hard a millisecond
    // later; tab B answered Hard, with the same duration, at that same millisecond on a new card.
    const a = progress([
      { kind: 'grade', card: 1, grade: 1, durationMs: 0 },
      { kind: 'grade', card: 1, grade: 2, durationMs: 3_599_500 },
    ]);
    const b = progress([
      { kind: 'clock', ms: 1 },
      { kind: 'grade', card: 1, grade: 2, durationMs: 3_599_500 },
    ]);
    const ab = mergeProgress(a, b);
    expect(keys(ab.log)).toEqual([...new Set([...keys(a.log), ...keys(b.log)])].sort());
    expect(mergeProgress(b, a)).toEqual(ab);
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

  it('keeps both reviews when two tabs answer the same card in the same second, or millisecond', () => {
    const answer = (grade: 1 | 3, ms: number): ProgressData => {
      const { cards, log } = play(
        [
          { kind: 'clock', ms },
          { kind: 'grade', card: 0, grade, durationMs: 1_000 },
        ],
        settings,
      );
      return { settings, cards, log, resetAt: 0, undone: [], confusions: [] };
    };
    for (const [msA, msB] of [
      [100, 700],
      [400, 400],
    ]) {
      const a = answer(3, msA as number);
      const b = answer(1, msB as number);
      const ab = mergeProgress(a, b);
      expect(ab.log).toHaveLength(2);
      expect(ab.log).toEqual(expect.arrayContaining([...a.log, ...b.log]));
      expect(mergeProgress(b, a)).toEqual(ab);
      expect(ab.cards['200:recall']).toMatchObject({ reps: 2 });
      expect(mergeProgress(ab, a)).toEqual(ab);
      // Still a valid history: it saves and reads back.
      const back = roundTrip(ab);
      expect(back.ok && back.value).toEqual(ab);
    }
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
