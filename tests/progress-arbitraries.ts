// fast-check generators of study histories, shared by the scheduler, file and store tests.
import fc from 'fast-check';
import {
  CARD_KINDS,
  cardId,
  isReview,
  type CardState,
  type LogEntry,
} from '../src/domain/card-model';
import { kindSpec } from '../src/domain/card-kinds/registry';
import type { ProgressData } from '../src/domain/progress-data';
import { createScheduler, newCardState } from '../src/domain/scheduler';
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from '../src/domain/study-settings';

const MIN = 60_000;
const DAY = 86_400_000;
export const START = new Date(2026, 0, 5, 9, 0, 0).getTime();

/** One thing a learner (or their clock) does. */
export type Step =
  | { kind: 'grade'; card: number; grade: 1 | 2 | 3 | 4; durationMs: number }
  | { kind: 'clock'; ms: number }
  | { kind: 'act'; card: number; action: 'reset' | 'suspend' | 'unsuspend' };

// The three first kinds' cards (in the order tests have always indexed them), then the other
// kinds' ones, a pair kind's with the next code of the list (301:duel:404, …).
const CODES = [200, 301, 404, 503];
const FIRST_KINDS = CARD_KINDS.slice(0, 3);
export const CARD_IDS = [
  ...CODES.flatMap((code) => FIRST_KINDS.map((kind) => cardId(code, kind))),
  ...CODES.flatMap((code, i) =>
    CARD_KINDS.slice(3).flatMap((kind) => {
      if (kindSpec(kind).scope !== 'pair') return [cardId(code, kind)];
      const other = CODES[i + 1];
      return other === undefined ? [] : [cardId(code, kind, other)];
    }),
  ),
];

const clockMove = fc.oneof(
  fc.integer({ min: 0, max: 20 * MIN }), // within a session
  fc.integer({ min: 0, max: 40 * DAY }), // days later
  fc.integer({ min: -3 * DAY, max: 0 }), // clock set back
  fc.constant(400 * DAY), // a wild jump forward
);

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('grade' as const),
      card: fc.nat({ max: CARD_IDS.length - 1 }),
      grade: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>,
      durationMs: fc.integer({ min: -5_000, max: 5 * 3_600_000 }),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('clock' as const), ms: clockMove }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('act' as const),
      card: fc.nat({ max: CARD_IDS.length - 1 }),
      action: fc.constantFrom('reset', 'suspend', 'unsuspend') as fc.Arbitrary<
        'reset' | 'suspend' | 'unsuspend'
      >,
    }),
  },
);

export const settingsArb: fc.Arbitrary<StudySettings> = fc.record({
  desiredRetention: fc.double({ min: 0.7, max: 0.97, noNaN: true }),
  maximumIntervalDays: fc.integer({ min: 1, max: 36500 }),
  learningSteps: fc.constantFrom(['1m', '10m'], ['5m'], [], ['1m', '1h', '1d']),
  relearningSteps: fc.constantFrom(['10m'], [], ['5m', '1h']),
  enableFuzz: fc.boolean(),
  leechThreshold: fc.integer({ min: 1, max: 10 }),
  dailyNewLimit: fc.integer({ min: 0, max: 100 }),
  dayStartHour: fc.integer({ min: 0, max: 23 }),
  kinds: fc.constantFrom(
    ['recall', 'reverse', 'scenario'],
    ['recall'],
    ['reverse', 'scenario'],
    ['recall', 'header', 'wire', 'duel', 'behaviour'],
  ) as fc.Arbitrary<StudySettings['kinds']>,
  kindsOffered: fc.constant([...CARD_KINDS]),
  includeUnofficial: fc.boolean(),
  quizCountsAsReview: fc.boolean(),
  newCardOrder: fc.constantFrom('essentials', 'code') as fc.Arbitrary<'essentials' | 'code'>,
  burySiblings: fc.boolean(),
  autoAcceptGrade: fc.boolean(),
});

/** Plays the steps through a scheduler as the store would, returning every state along the way. */
export function play(
  steps: readonly Step[],
  settings: StudySettings = { ...DEFAULT_STUDY_SETTINGS },
) {
  const scheduler = createScheduler(settings);
  const cards: Record<string, CardState> = {};
  const log: LogEntry[] = [];
  let now = START;
  for (const step of steps) {
    if (step.kind === 'clock') {
      now += step.ms;
      continue;
    }
    const id = CARD_IDS[step.card] as string;
    const card = cards[id] ?? newCardState(id, now);
    const result =
      step.kind === 'grade'
        ? scheduler.grade(card, step.grade, now, step.durationMs)
        : scheduler.act(card, step.action, now);
    cards[id] = result.card;
    log.push(result.log);
  }
  return { scheduler, cards, log, now };
}

/** Progress reached by random steps under random settings. */
export const progressArb: fc.Arbitrary<ProgressData> = fc
  .tuple(fc.array(stepArb, { maxLength: 60 }), settingsArb)
  .map(([steps, settings]) => {
    const { cards, log } = play(steps, settings);
    // A few answers as checked codes (one of them a mix-up), tied to their log entries.
    const confusions = log
      .filter(isReview)
      .slice(0, 3)
      .map((e, i) => {
        const answer = Number(e.cardId.slice(0, 3));
        return { cardId: e.cardId, review: e.review, answer, given: i === 1 ? 599 : answer };
      });
    return { settings, cards, log, resetAt: 0, undone: log.slice(0, 2), confusions };
  });

/** Marks a key to delete in `setAt`. */
export const DELETE = Symbol('delete');

/** A deep copy of `value` (plain JSON) with the value at `path` replaced or deleted. */
export function setAt(value: unknown, path: readonly PropertyKey[], next: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as Record<PropertyKey, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<PropertyKey, unknown>;
  const last = path[path.length - 1] as PropertyKey;
  if (next === DELETE) delete target[last];
  else target[last] = next;
  return copy;
}
