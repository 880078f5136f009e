import { CARD_KINDS, type CardKind } from './card-model';
import { NEW_CARD_ORDERS, type NewCardOrder } from './introduction-order';
import { parameterSetOf, type ParameterSet } from './parameter-set';
import { DEFAULT_DAY_START_HOUR } from './study-day';

/** What the scheduler needs to know; every field is user-settable within the bounds below. */
export interface SchedulerSettings {
  /** Target probability of recall at review time (0.70–0.97). */
  desiredRetention: number;
  maximumIntervalDays: number;
  /** ts-fsrs step strings such as "1m", "10m", "1h", "1d". */
  learningSteps: string[];
  relearningSteps: string[];
  /** Spreads intervals a little so cards learnt together do not stay together (on in the app, off in tests). */
  enableFuzz: boolean;
  /** Lapses after which a card is flagged as a leech. */
  leechThreshold: number;
  /** The learner's own FSRS weights; absent means ts-fsrs's defaults. */
  parameters?: ParameterSet;
}

/** Everything the user can set about studying (the scheduler's settings plus the queue's). */
export interface StudySettings extends SchedulerSettings {
  /** New cards introduced per study day, 0–100. */
  dailyNewLimit: number;
  /** Local hour (0–23) at which a study day starts. */
  dayStartHour: number;
  kinds: CardKind[];
  /**
   * The kinds the app had when the learner last saved settings: a kind added since is switched on
   * once (issue 15's header, wire, duel and behaviour for progress saved before them).
   */
  kindsOffered: CardKind[];
  includeUnofficial: boolean;
  /** Whether quiz answers are graded into the schedule. */
  quizCountsAsReview: boolean;
  /** Essentials first (what a working developer needs), or plain code order. */
  newCardOrder: NewCardOrder;
  /** Once a card of a code is answered, its other cards wait for the next study day (as Anki buries siblings). */
  burySiblings: boolean;
  /** After a choice, grade with the suggested grade at once (one tap per card). */
  autoAcceptGrade: boolean;
}

export const DEFAULT_STUDY_SETTINGS: Readonly<StudySettings> = Object.freeze({
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  enableFuzz: true,
  leechThreshold: 8,
  dailyNewLimit: 20,
  dayStartHour: DEFAULT_DAY_START_HOUR,
  kinds: [...CARD_KINDS],
  kindsOffered: [...CARD_KINDS],
  includeUnofficial: false,
  quizCountsAsReview: true,
  newCardOrder: 'essentials',
  burySiblings: true,
  autoAcceptGrade: false,
});

/** The kinds settings saved before issue 15 knew: the others are new to such a learner (kindsOffered). */
const KINDS_BEFORE_ISSUE_15: readonly CardKind[] = ['recall', 'reverse', 'scenario'];

/** Bounds of the numeric settings, shared by the clamping below and the strict import schema. */
export const SETTING_BOUNDS = {
  desiredRetention: { min: 0.7, max: 0.97 },
  maximumIntervalDays: { min: 1, max: 36500 },
  leechThreshold: { min: 1, max: 99 },
  dailyNewLimit: { min: 0, max: 100 },
  dayStartHour: { min: 0, max: 23 },
} as const;

type Bounded = keyof typeof SETTING_BOUNDS;
const INTEGER_SETTINGS: ReadonlySet<Bounded> = new Set([
  'maximumIntervalDays',
  'leechThreshold',
  'dailyNewLimit',
  'dayStartHour',
]);

/** A step string ts-fsrs accepts: a positive number of minutes, hours or days. */
export const STEP_PATTERN = /^(?:\d+(?:\.\d+)?)[mhd]$/;

/** True when `step` is a usable ts-fsrs step (positive, at most 365 days). */
export function isValidStep(step: unknown): step is string {
  if (typeof step !== 'string' || !STEP_PATTERN.test(step)) return false;
  const value = Number.parseFloat(step);
  const minutes = value * (step.endsWith('d') ? 1440 : step.endsWith('h') ? 60 : 1);
  return value > 0 && minutes <= 365 * 1440;
}

function clampNumber(key: Bounded, value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const { min, max } = SETTING_BOUNDS[key];
  const v = INTEGER_SETTINGS.has(key) ? Math.round(value) : value;
  return Math.min(max, Math.max(min, v));
}

function steps(value: unknown, fallback: readonly string[]): string[] {
  if (!Array.isArray(value) || value.length > 10 || !value.every(isValidStep)) return [...fallback];
  return [...value];
}

/** Settings made safe: each field of `raw` that is usable is kept (numbers clamped), the rest come from `base`. */
export function normalizeSettings(
  raw: unknown,
  base: Readonly<StudySettings> = DEFAULT_STUDY_SETTINGS,
): StudySettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const offered = Array.isArray(r.kindsOffered)
    ? CARD_KINDS.filter((k) => (r.kindsOffered as unknown[]).includes(k))
    : Array.isArray(r.kinds)
      ? KINDS_BEFORE_ISSUE_15
      : base.kindsOffered;
  const kinds = Array.isArray(r.kinds)
    ? CARD_KINDS.filter((k) => (r.kinds as unknown[]).includes(k) || !offered.includes(k))
    : base.kinds;
  const bool = (
    key:
      | 'enableFuzz'
      | 'includeUnofficial'
      | 'quizCountsAsReview'
      | 'burySiblings'
      | 'autoAcceptGrade',
  ) => (typeof r[key] === 'boolean' ? r[key] : base[key]);
  // Present but unusable (or cleared) means none: the defaults stand rather than an older set.
  const parameters = 'parameters' in r ? parameterSetOf(r.parameters) : base.parameters;
  return {
    desiredRetention: clampNumber('desiredRetention', r.desiredRetention, base.desiredRetention),
    maximumIntervalDays: clampNumber(
      'maximumIntervalDays',
      r.maximumIntervalDays,
      base.maximumIntervalDays,
    ),
    learningSteps: steps(r.learningSteps, base.learningSteps),
    relearningSteps: steps(r.relearningSteps, base.relearningSteps),
    enableFuzz: bool('enableFuzz'),
    leechThreshold: clampNumber('leechThreshold', r.leechThreshold, base.leechThreshold),
    dailyNewLimit: clampNumber('dailyNewLimit', r.dailyNewLimit, base.dailyNewLimit),
    dayStartHour: clampNumber('dayStartHour', r.dayStartHour, base.dayStartHour),
    // An empty selection would leave nothing to study: keep the previous kinds instead.
    kinds: kinds.length > 0 ? kinds : [...base.kinds],
    kindsOffered: [...CARD_KINDS],
    includeUnofficial: bool('includeUnofficial'),
    quizCountsAsReview: bool('quizCountsAsReview'),
    newCardOrder: NEW_CARD_ORDERS.includes(r.newCardOrder as NewCardOrder)
      ? (r.newCardOrder as NewCardOrder)
      : base.newCardOrder,
    burySiblings: bool('burySiblings'),
    autoAcceptGrade: bool('autoAcceptGrade'),
    ...(parameters ? { parameters } : {}),
  };
}
