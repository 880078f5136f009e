import * as z from 'zod/mini';
import { CARD_KINDS, CARD_STATES } from './card-model';
import { NEW_CARD_ORDERS } from './introduction-order';
import { describeParameterProblem, parameterProblem } from './fsrs-parameters';
import { isValidStep, SETTING_BOUNDS } from './study-settings';

const finite = z.number();
const nonNegative = z.number().check(z.gte(0));
const count = z.int().check(z.gte(0));
const epochMs = z.int().check(z.gte(0));
const between = (key: keyof typeof SETTING_BOUNDS, int = false) =>
  (int ? z.int() : z.number()).check(
    z.gte(SETTING_BOUNDS[key].min),
    z.lte(SETTING_BOUNDS[key].max),
  );
const step = z.string().check(z.refine(isValidStep, 'expected a step such as "1m", "10m" or "1d"'));

/** Settings as a file or storage must hold them: every field optional, every present field in range. */
export const settingsSchema = z.object({
  desiredRetention: z.optional(between('desiredRetention')),
  maximumIntervalDays: z.optional(between('maximumIntervalDays', true)),
  learningSteps: z.optional(z.array(step).check(z.maxLength(10))),
  relearningSteps: z.optional(z.array(step).check(z.maxLength(10))),
  enableFuzz: z.optional(z.boolean()),
  leechThreshold: z.optional(between('leechThreshold', true)),
  dailyNewLimit: z.optional(between('dailyNewLimit', true)),
  dayStartHour: z.optional(between('dayStartHour', true)),
  kinds: z.optional(z.array(z.enum(CARD_KINDS)).check(z.minLength(1))),
  kindsOffered: z.optional(z.array(z.enum(CARD_KINDS))),
  includeUnofficial: z.optional(z.boolean()),
  quizCountsAsReview: z.optional(z.boolean()),
  newCardOrder: z.optional(z.enum(NEW_CARD_ORDERS)),
  burySiblings: z.optional(z.boolean()),
  autoAcceptGrade: z.optional(z.boolean()),
  parameters: z.optional(
    z.unknown().check(
      z.superRefine((value, ctx) => {
        const problem = parameterProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: describeParameterProblem(problem) });
      }),
    ),
  ),
});

/** One card's stored state (its id is the key it is stored under). */
export const storedCardSchema = z.object({
  due: finite,
  stability: nonNegative,
  difficulty: nonNegative,
  reps: count,
  lapses: count,
  state: z.enum(CARD_STATES),
  scheduledDays: nonNegative,
  learningSteps: count,
  lastReview: z.optional(epochMs),
  updatedAt: epochMs,
  leech: z.optional(z.boolean()),
  suspended: z.optional(z.boolean()),
});
export type StoredCard = z.infer<typeof storedCardSchema>;

/** The compact review log: card ids once, then five integers per entry (see progress-codec.ts). */
export const compactLogSchema = z.object({
  ids: z.array(z.string()),
  // Checked number by number by the reader: a year's 180,000 integers are too many for zod's pace.
  entries: z.custom<unknown[]>((v) => Array.isArray(v), 'expected an array'),
});

const ARTICLE: Record<string, string> = {
  int: 'an integer',
  object: 'an object',
  array: 'an array',
};

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${ARTICLE[issue.expected] ?? `a ${issue.expected}`}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${String(issue.minimum)} item(s)`
        : `expected a value of at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `expected at most ${String(issue.maximum)} item(s)`
        : `expected a value of at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'custom':
      return issue.message;
    default:
      return 'invalid value';
  }
}

/** Longest piece of a key a message repeats: a file may hold keys of any length. */
const MAX_ECHOED_KEY = 40;

/** A path such as `cards["404:recall"].due` or `settings.learningSteps[2]` (long keys cut short). */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    const text = String(key);
    const shown = text.length > MAX_ECHOED_KEY ? `${text.slice(0, MAX_ECHOED_KEY)}…` : text;
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(shown)) out += out ? `.${shown}` : shown;
    else out += `[${JSON.stringify(shown)}]`;
  }
  return out;
}

/** The first problem zod found, as "path: what was expected". */
export function formatIssue(error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): string {
  const issue = error.issues[0];
  if (!issue) return `${formatPath(prefix) || 'file'}: invalid`;
  const where = formatPath([...prefix, ...issue.path]) || 'file';
  return `${where}: ${describe(issue)}`;
}
