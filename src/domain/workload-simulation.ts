// A Monte-Carlo simulation of the coming study days: every card due on a day is reviewed, recalled
// with the probability the FSRS model gives it, graded as the learner tends to grade, and scheduled
// again; new cards come in at the daily limit. Pure and seeded: the same input gives the same answer.
import { isReview, type CardState, type Grade, type LogEntry } from './card-model';
import { createRng } from './rng';
import { memoryModel, type MemoryModel, type MemoryState } from './scheduler';
import { studyDayNumber } from './study-day';
import { SETTING_BOUNDS, type StudySettings } from './study-settings';

/** How the learner grades: first answers of new cards (Again–Easy), and Hard/Good/Easy of recalls. */
export interface GradeHabits {
  /** Shares of Again, Hard, Good, Easy. */
  first: readonly number[];
  /** Shares of Hard, Good, Easy. */
  recalled: readonly number[];
}

/** Used when the log has too few answers to tell (roughly what Anki's simulator assumes). */
export const DEFAULT_HABITS: GradeHabits = {
  first: [0.2, 0.05, 0.65, 0.1],
  recalled: [0.1, 0.8, 0.1],
};

const MIN_ANSWERS = 20;

/** The learner's grading habits from the log (the defaults where it holds fewer than 20 answers). */
export function gradeHabits(log: readonly LogEntry[]): GradeHabits {
  const first = [0, 0, 0, 0];
  const recalled = [0, 0, 0];
  for (const e of log) {
    if (!isReview(e)) continue;
    if (e.state === 'new') first[e.grade - 1] = (first[e.grade - 1] ?? 0) + 1;
    else if (e.state === 'review' && e.grade > 1)
      recalled[e.grade - 2] = (recalled[e.grade - 2] ?? 0) + 1;
  }
  const share = (counts: number[], fallback: readonly number[]) => {
    const total = counts.reduce((a, b) => a + b, 0);
    return total < MIN_ANSWERS ? [...fallback] : counts.map((c) => c / total);
  };
  return {
    first: share(first, DEFAULT_HABITS.first),
    recalled: share(recalled, DEFAULT_HABITS.recalled),
  };
}

export interface WorkloadInput {
  /** The learner's cards (new and suspended ones are not reviewed). */
  cards: readonly CardState[];
  /** Deck cards never studied, introduced at the daily new limit. */
  newCards: number;
  settings: StudySettings;
  habits: GradeHabits;
  now: number;
  days: number;
  seed: number;
  /** Independent runs averaged (more: smoother, slower). */
  runs?: number;
}

/** What a simulated period costs and gives. */
export interface Workload {
  /** Mean reviews per study day. */
  reviewsPerDay: number;
  /** Mean probability of recalling a studied card on a day of the period. */
  recall: number;
}

interface SimCard {
  state: MemoryState;
  lastDay: number;
}

function pick(rng: () => number, shares: readonly number[]): number {
  let r = rng();
  for (let i = 0; i < shares.length; i++) {
    r -= shares[i] ?? 0;
    if (r < 0) return i;
  }
  return shares.length - 1;
}

function runOnce(input: WorkloadInput, model: MemoryModel, seed: number): Workload {
  const rng = createRng(seed);
  const { days, habits } = input;
  const today = studyDayNumber(input.now, input.settings.dayStartHour);
  const dueOn: SimCard[][] = Array.from({ length: days }, () => []);
  const studied: SimCard[] = [];
  let reviews = 0;
  const schedule = (card: SimCard, day: number) => {
    const next = day + Math.max(1, model.interval(card.state.stability));
    if (next < days) dueOn[next]?.push(card);
  };
  for (const c of input.cards) {
    if (c.state === 'new' || c.suspended || c.lastReview === undefined) continue;
    const card: SimCard = {
      state: { stability: Math.max(c.stability, 0.001), difficulty: c.difficulty },
      lastDay: studyDayNumber(c.lastReview, input.settings.dayStartHour) - today,
    };
    studied.push(card);
    const due = Math.max(0, studyDayNumber(c.due, input.settings.dayStartHour) - today);
    if (due < days) dueOn[due]?.push(card);
  }
  let waiting = input.newCards;
  let recallSum = 0;
  let recallDays = 0;
  for (let day = 0; day < days; day++) {
    for (const card of dueOn[day] ?? []) {
      const elapsed = day - card.lastDay;
      const recalled = rng() < model.recall(elapsed, card.state.stability);
      const grade = (recalled ? 2 + pick(rng, habits.recalled) : 1) as Grade;
      card.state = model.next(card.state, elapsed, grade);
      reviews++;
      if (!recalled) {
        // The relearning step: one more answer the same day.
        card.state = model.next(card.state, 0, 3);
        reviews++;
      }
      card.lastDay = day;
      schedule(card, day);
    }
    const introduced = Math.min(waiting, input.settings.dailyNewLimit);
    waiting -= introduced;
    for (let i = 0; i < introduced; i++) {
      const grade = (1 + pick(rng, habits.first)) as Grade;
      let state = model.next(null, 0, grade);
      reviews++;
      if (grade < 3) {
        state = model.next(state, 0, 3);
        reviews++;
      }
      const card = { state, lastDay: day };
      studied.push(card);
      schedule(card, day);
    }
    // Recall is sampled weekly: the average hardly moves from one day to the next.
    if (day % 7 === 0 && studied.length > 0) {
      let sum = 0;
      for (const card of studied) sum += model.recall(day - card.lastDay, card.state.stability);
      recallSum += sum / studied.length;
      recallDays++;
    }
  }
  return { reviewsPerDay: reviews / days, recall: recallDays > 0 ? recallSum / recallDays : 0 };
}

/** The expected workload and recall over `days` study days under `input.settings`. */
export function simulateWorkload(input: WorkloadInput): Workload {
  const model = memoryModel(input.settings);
  const runs = Math.max(1, input.runs ?? 1);
  let reviews = 0;
  let recall = 0;
  for (let r = 0; r < runs; r++) {
    const result = runOnce(input, model, input.seed + r * 7919);
    reviews += result.reviewsPerDay;
    recall += result.recall;
  }
  return { reviewsPerDay: reviews / runs, recall: recall / runs };
}

/** Desired retentions the simulator compares: 0.70 to 0.97 in steps of 0.01. */
export function retentionGrid(): number[] {
  const { min, max } = SETTING_BOUNDS.desiredRetention;
  const out: number[] = [];
  for (let r = Math.round(min * 100); r <= Math.round(max * 100); r++) out.push(r / 100);
  return out;
}

/** One point of the comparison: a desired retention and what it would cost and give. */
export interface RetentionPoint extends Workload {
  desiredRetention: number;
}

/** The workload for every retention of the grid (the same random draws for each, so they compare). */
export function compareRetentions(input: WorkloadInput): RetentionPoint[] {
  return retentionGrid().map((desiredRetention) => ({
    desiredRetention,
    ...simulateWorkload({ ...input, settings: { ...input.settings, desiredRetention } }),
  }));
}
