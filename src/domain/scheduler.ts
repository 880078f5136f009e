// The one module that talks to ts-fsrs: everything it hands out is our own camelCase, epoch-ms JSON.
import {
  CLAMP_PARAMETERS,
  checkParameters,
  clipParameters,
  createEmptyCard,
  default_w,
  forgetting_curve,
  fsrs,
  S_MAX,
  S_MIN,
  W17_W18_Ceiling,
  type Card,
  type FSRSHistory,
  type State,
  type StepUnit,
} from 'ts-fsrs';
import {
  CARD_STATES,
  GRADES,
  isReview,
  type CardState,
  type Grade,
  type LogEntry,
  type ManualLogEntry,
  type ReviewLogEntry,
} from './card-model';
import { MAX_DURATION_MS, type Scheduler } from './scheduler-contract';
import { stampTime } from './stamp-time';
import {
  DEFAULT_STUDY_SETTINGS,
  normalizeSettings,
  type SchedulerSettings,
} from './study-settings';

export type { SchedulerSettings } from './study-settings';
export { MAX_DURATION_MS, type Scheduler } from './scheduler-contract';
export { stampTime } from './stamp-time';

/** A card never studied. */
export function newCardState(id: string, now: number): CardState {
  return {
    id,
    due: now,
    stability: 0,
    difficulty: 0,
    reps: 0,
    lapses: 0,
    state: 'new',
    scheduledDays: 0,
    learningSteps: 0,
    updatedAt: 0,
  };
}

/**
 * Why ts-fsrs could not grade a card with this memory state, or undefined: a new card has neither
 * difficulty nor stability; a studied one has both, in the ranges ts-fsrs itself keeps them in.
 */
export function memoryStateProblem(
  card: Pick<CardState, 'difficulty' | 'stability'>,
): string | undefined {
  const { difficulty: d, stability: s } = card;
  if (d === 0 && s === 0) return undefined;
  if (!(d >= 1 && d <= 10)) return 'difficulty: expected 0 (new) or a value from 1 to 10';
  if (!(s >= S_MIN && s <= S_MAX))
    return `stability: expected 0 (new) or a value from ${S_MIN} to ${S_MAX}`;
  return undefined;
}

function toFsrs(card: CardState): Card {
  const out: Card = {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: CARD_STATES.indexOf(card.state) as State,
  };
  if (card.lastReview !== undefined) out.last_review = new Date(card.lastReview);
  return out;
}

function fromFsrs(prev: CardState, next: Card, at: number, leechThreshold: number): CardState {
  const out: CardState = {
    id: prev.id,
    due: next.due.getTime(),
    stability: next.stability,
    difficulty: next.difficulty,
    reps: next.reps,
    lapses: next.lapses,
    state: CARD_STATES[next.state] ?? 'review',
    scheduledDays: next.scheduled_days,
    learningSteps: next.learning_steps,
    lastReview: at,
    updatedAt: at,
  };
  if (prev.leech || next.lapses >= leechThreshold) out.leech = true;
  if (prev.suspended) out.suspended = true;
  return out;
}

function durationOf(ms: number): number {
  if (!Number.isFinite(ms) || ms <= 0) return 0;
  return Math.min(MAX_DURATION_MS, Math.round(ms / 1000) * 1000);
}

/** A scheduler with these settings (missing or out-of-range values fall back to the defaults). */
export function createScheduler(settings: Partial<SchedulerSettings> = {}): Scheduler {
  const s = normalizeSettings(settings, DEFAULT_STUDY_SETTINGS);
  const f = fsrs({
    ...(s.parameters ? { w: s.parameters.w } : {}),
    request_retention: s.desiredRetention,
    maximum_interval: s.maximumIntervalDays,
    enable_fuzz: s.enableFuzz,
    enable_short_term: true,
    learning_steps: s.learningSteps as StepUnit[],
    relearning_steps: s.relearningSteps as StepUnit[],
  });
  const frozen: SchedulerSettings = {
    desiredRetention: s.desiredRetention,
    maximumIntervalDays: s.maximumIntervalDays,
    learningSteps: s.learningSteps,
    relearningSteps: s.relearningSteps,
    enableFuzz: s.enableFuzz,
    leechThreshold: s.leechThreshold,
    ...(s.parameters ? { parameters: s.parameters } : {}),
  };

  function apply(card: CardState | undefined, entry: LogEntry): CardState {
    // A card with no entry yet starts at its first entry, so a replay and a live answer agree.
    const start = card && card.updatedAt > 0 ? card : newCardState(entry.cardId, entry.review);
    if (isReview(entry)) {
      const next = f.next(toFsrs(start), new Date(entry.review), entry.grade);
      return fromFsrs(start, next.card, entry.review, s.leechThreshold);
    }
    switch (entry.action) {
      case 'reset': {
        const fresh = newCardState(start.id, entry.review);
        return {
          ...fresh,
          updatedAt: entry.review,
          ...(start.suspended ? { suspended: true } : {}),
        };
      }
      case 'suspend':
        return { ...start, suspended: true, updatedAt: entry.review };
      case 'unsuspend': {
        const rest = { ...start, updatedAt: entry.review };
        delete rest.suspended;
        return rest;
      }
      case 'reschedule':
        // A replay has already brought the card in line with these settings: nothing to add.
        return { ...start, updatedAt: entry.review };
    }
  }

  function replay(id: string, logs: readonly LogEntry[]): CardState {
    const own = logs.filter((e) => e.cardId === id).sort((a, b) => a.review - b.review);
    let card: CardState | undefined;
    for (const entry of own) card = apply(card, entry);
    return card ?? newCardState(id, 0);
  }

  return {
    settings: frozen,
    preview(card, now) {
      const at = stampTime(card, now);
      const start = card.updatedAt > 0 ? card : { ...card, due: at };
      const record = f.repeat(toFsrs(start), new Date(at));
      const out = {} as Record<Grade, { due: number; intervalMs: number }>;
      for (const g of GRADES) {
        const due = record[g].card.due.getTime();
        out[g] = { due, intervalMs: due - at };
      }
      return out;
    },
    grade(card, grade, now, durationMs) {
      const log: ReviewLogEntry = {
        cardId: card.id,
        grade,
        review: stampTime(card, now),
        durationMs: durationOf(durationMs),
        state: card.state,
      };
      return { card: apply(card, log), log };
    },
    act(card, action, now) {
      const log: ManualLogEntry = { cardId: card.id, action, review: stampTime(card, now) };
      return { card: apply(card, log), log };
    },
    apply,
    replay,
    reschedule(card, history, now) {
      if (card.state !== 'review') return undefined;
      const own = history.filter((e) => e.cardId === card.id).sort((a, b) => a.review - b.review);
      const lastReset = own.findLastIndex((e) => !isReview(e) && e.action === 'reset');
      const reviews = own.slice(lastReset + 1).filter(isReview);
      const first = reviews[0];
      const last = reviews.at(-1);
      if (!first || !last) return undefined;
      const at = stampTime(card, now);
      const history11: FSRSHistory[] = reviews.map((e) => ({
        rating: e.grade,
        review: new Date(e.review),
      }));
      const { collections, reschedule_item } = f.reschedule(toFsrs(card), history11, {
        update_memory_state: true,
        now: new Date(at),
        first_card: createEmptyCard(new Date(first.review)),
      });
      const replayed = collections.at(-1)?.card;
      if (!reschedule_item || !replayed) return undefined;
      const log: ManualLogEntry = { cardId: card.id, action: 'reschedule', review: at };
      return {
        card: { ...fromFsrs(card, replayed, last.review, s.leechThreshold), updatedAt: at },
        log,
      };
    },
    undo(card, log, history) {
      return replay(
        card.id,
        history.filter((e) => !(e.cardId === log.cardId && e.review >= log.review)),
      );
    },
    retrievability(card, now) {
      if (card.state === 'new' || card.lastReview === undefined) return 0;
      return f.get_retrievability(toFsrs(card), new Date(Math.max(now, card.lastReview)), false);
    },
  };
}

/** ts-fsrs's default FSRS-6 weights, used until the learner has fitted their own. */
export const DEFAULT_PARAMETERS: readonly number[] = default_w;

/** The range of each weight (ts-fsrs CLAMP_PARAMETERS with short-term scheduling, static ceiling). */
export const PARAMETER_RANGES: readonly (readonly [number, number])[] = CLAMP_PARAMETERS(
  W17_W18_Ceiling,
  true,
).map(([min = 0, max = 0]) => [min, max] as const);

/**
 * Weights from an optimiser made fit to store: checked (ts-fsrs `checkParameters` throws on a wrong
 * length or a non-finite weight), clipped into range for these relearning steps (`clipParameters`)
 * and rounded to 4 decimals as Anki shows them.
 */
export function tidyParameters(raw: readonly number[], relearningSteps: number): number[] {
  const checked = [...checkParameters([...raw])];
  const clipped = clipParameters(checked, relearningSteps, true);
  return clipParameters(
    clipped.map((x) => Math.round(x * 10_000) / 10_000),
    relearningSteps,
    true,
  );
}

/** A memory state: what FSRS knows about one card. */
export interface MemoryState {
  stability: number;
  difficulty: number;
}

/** The FSRS model under some weights, for evaluating them and simulating workloads. */
export interface MemoryModel {
  /** Probability of recall `elapsedDays` after a review that left `stability`. */
  recall(elapsedDays: number, stability: number): number;
  /** The memory state after a review with `grade`, `elapsedDays` after the previous (none: the first). */
  next(state: MemoryState | null, elapsedDays: number, grade: Grade): MemoryState;
  /** Whole days until the next review for `stability` (desired retention, maximum interval, no fuzz). */
  interval(stability: number): number;
}

/** The FSRS-6 model of ts-fsrs with these settings' weights, retention and maximum interval. */
export function memoryModel(settings: Partial<SchedulerSettings> = {}): MemoryModel {
  const s = normalizeSettings(settings, DEFAULT_STUDY_SETTINGS);
  const w = s.parameters?.w ?? default_w;
  const f = fsrs({
    w: [...w],
    request_retention: s.desiredRetention,
    maximum_interval: s.maximumIntervalDays,
    enable_fuzz: false,
    enable_short_term: true,
  });
  const weights = f.parameters.w;
  return {
    recall: (elapsedDays, stability) => forgetting_curve(weights, elapsedDays, stability),
    next: (state, elapsedDays, grade) => f.next_state(state, elapsedDays, grade),
    interval: (stability) => f.next_interval(stability, 0),
  };
}
