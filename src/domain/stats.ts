import { cardId, isReview, type CardKind, type CardState, type LogEntry } from './card-model';
import { type CodeFacts } from './dataset-schema';
import { CLASS_DIGITS, type ClassDigit } from './code-classes';
import { codeMastery, MASTERY_LEVELS, type Mastery } from './mastery';
import { studyDayStart } from './study-day';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Start of the study day `offset` days after the one starting at `dayStart` (calendar-based, DST-safe). */
export function shiftStudyDay(dayStart: number, offset: number, dayStartHour: number): number {
  const d = new Date(dayStart);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset, dayStartHour).getTime();
}

/** Whole study days from the day starting at `fromStart` to the day containing `time` (negative before). */
function dayOffset(fromStart: number, time: number, dayStartHour: number): number {
  // Rounding absorbs the 23- and 25-hour days of DST changes.
  return Math.round((studyDayStart(time, dayStartHour) - fromStart) / DAY_MS);
}

export type MasteryCounts = Record<Mastery, number>;

/** Codes per mastery level in each class, over the codes the user studies and the card kinds chosen. */
export function masteryByClass(
  codes: readonly CodeFacts[],
  cards: Readonly<Record<string, CardState>>,
  opts: { kinds: readonly CardKind[]; includeUnofficial: boolean },
): Record<ClassDigit, MasteryCounts> {
  const empty = () => Object.fromEntries(MASTERY_LEVELS.map((l) => [l, 0])) as MasteryCounts;
  const out = Object.fromEntries(CLASS_DIGITS.map((d) => [d, empty()])) as Record<
    ClassDigit,
    MasteryCounts
  >;
  for (const facts of codes) {
    if (facts.status === 'unofficial' && !opts.includeUnofficial) continue;
    const level = codeMastery(opts.kinds.map((k) => cards[cardId(facts.code, k)]));
    out[facts.class][level] += 1;
  }
  return out;
}

/**
 * Cards due on each of the next `days` study days (index 0 = today, overdue cards included);
 * new and suspended cards are not due for review and are left out.
 */
export function reviewForecast(
  cards: Readonly<Record<string, CardState>>,
  now: number,
  dayStartHour: number,
  days = 30,
): number[] {
  const today = studyDayStart(now, dayStartHour);
  const counts = new Array<number>(days).fill(0);
  for (const card of Object.values(cards)) {
    if (card.state === 'new' || card.suspended) continue;
    const offset = Math.max(0, dayOffset(today, card.due, dayStartHour));
    if (offset < days) counts[offset] = (counts[offset] ?? 0) + 1;
  }
  return counts;
}

/** One study day of the activity calendar. */
export interface DayCount {
  /** Start of the study day (epoch ms). */
  dayStart: number;
  reviews: number;
}

/** Reviews per study day over the last `days` days, oldest first, ending with today. */
export function reviewsPerDay(
  log: readonly LogEntry[],
  now: number,
  dayStartHour: number,
  days = 365,
): DayCount[] {
  const today = studyDayStart(now, dayStartHour);
  const first = shiftStudyDay(today, -(days - 1), dayStartHour);
  const out: DayCount[] = [];
  for (let i = 0; i < days; i++)
    out.push({ dayStart: shiftStudyDay(first, i, dayStartHour), reviews: 0 });
  for (const entry of log) {
    if (!isReview(entry) || entry.review < first) continue;
    const slot = out[dayOffset(first, entry.review, dayStartHour)];
    if (slot) slot.reviews += 1;
  }
  return out;
}

/** Reviews given since the current study day began. */
export function reviewsToday(log: readonly LogEntry[], now: number, dayStartHour: number): number {
  const today = studyDayStart(now, dayStartHour);
  let count = 0;
  for (const entry of log)
    if (isReview(entry) && entry.review >= today && entry.review <= now) count++;
  return count;
}

export interface Streaks {
  /** Consecutive study days with a review, ending today (or yesterday, while today is still open). */
  current: number;
  longest: number;
}

/** Current and longest runs of study days with at least one review; days start at `dayStartHour`. */
export function streaks(log: readonly LogEntry[], now: number, dayStartHour: number): Streaks {
  const today = studyDayStart(now, dayStartHour);
  const offsets = new Set<number>();
  for (const entry of log)
    if (isReview(entry) && entry.review <= now)
      offsets.add(dayOffset(today, entry.review, dayStartHour));
  const sorted = [...offsets].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  let previous: number | undefined;
  for (const day of sorted) {
    run = previous !== undefined && day === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  let current = 0;
  for (let day = offsets.has(0) ? 0 : -1; offsets.has(day); day--) current++;
  return { current, longest };
}

export interface Retention {
  /** Review-state answers not graded Again. */
  passed: number;
  /** Review-state answers. */
  total: number;
  /** passed / total, or undefined when there were none. */
  rate: number | undefined;
}

/**
 * True retention as Anki defines it: the share of answers to cards in the review state that were not
 * Again, over the last `days` study days including today (all time when `days` is undefined).
 */
export function trueRetention(
  log: readonly LogEntry[],
  now: number,
  dayStartHour: number,
  days?: number,
): Retention {
  const from =
    days === undefined
      ? -Infinity
      : shiftStudyDay(studyDayStart(now, dayStartHour), -(days - 1), dayStartHour);
  let passed = 0;
  let total = 0;
  for (const entry of log) {
    if (!isReview(entry) || entry.state !== 'review' || entry.review < from || entry.review > now)
      continue;
    total++;
    if (entry.grade !== 1) passed++;
  }
  return { passed, total, rate: total === 0 ? undefined : passed / total };
}
