import type { CodeFacts } from './dataset-schema';
import type { ClassDigit } from './code-classes';

/** The three ways each status code is studied, each scheduled on its own. */
export const CARD_KINDS = ['recall', 'reverse', 'scenario'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** Again, Hard, Good, Easy (FSRS ratings 1–4). */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/** FSRS card states, in ts-fsrs order (index = ts-fsrs `State` value, as in the CSV export). */
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardStateName = (typeof CARD_STATES)[number];

/** One card's scheduling state: plain JSON, every date an epoch-ms number. */
export interface CardState {
  id: string;
  due: number;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  state: CardStateName;
  /** Whole days ts-fsrs scheduled at the last review (kept so a card round-trips through ts-fsrs exactly). */
  scheduledDays: number;
  /** Index of the current (re)learning step. */
  learningSteps: number;
  lastReview?: number;
  /** Time of this card's latest log entry; later entries are stamped strictly after it (clock safety). */
  updatedAt: number;
  /** Set once lapses reach the leech threshold; cleared by a reset. */
  leech?: true;
  suspended?: true;
}

/** One self-grade (or checked answer) in the review log. */
export interface ReviewLogEntry {
  cardId: string;
  grade: Grade;
  /** When the card was graded (epoch ms; version-2 saves held whole seconds). */
  review: number;
  /** Time spent on the card (ms, a multiple of 1000). */
  durationMs: number;
  /** The card's state before this review (FSRS optimisers want it). */
  state: CardStateName;
  /**
   * Set when the learner added the card to their study from a quiz's results: its first review does
   * not count against the day's new-card limit.
   */
  fromQuiz?: true;
}

/** `reschedule` marks where a card was brought in line with changed settings (see Scheduler.reschedule). */
export const MANUAL_ACTIONS = ['reset', 'suspend', 'unsuspend', 'reschedule'] as const;
export type ManualAction = (typeof MANUAL_ACTIONS)[number];

/** A user action on a card that is not a review; logged so that merges and replays see it too. */
export interface ManualLogEntry {
  cardId: string;
  action: ManualAction;
  review: number;
}

export type LogEntry = ReviewLogEntry | ManualLogEntry;

/** True for log entries that are reviews (as opposed to reset/suspend actions). */
export function isReview(entry: LogEntry): entry is ReviewLogEntry {
  return 'grade' in entry;
}

/** A card of the deck: which code, which kind. */
export interface DeckCard {
  id: string;
  code: number;
  kind: CardKind;
  classDigit: ClassDigit;
  unofficial: boolean;
}

/** The card id of a code and kind, e.g. "404:recall". */
export function cardId(code: number, kind: CardKind): string {
  return `${code}:${kind}`;
}

const ID_PATTERN = /^([1-5]\d\d):(recall|reverse|scenario)$/;

/** The code and kind of a card id, or undefined when the id is not one of ours. */
export function parseCardId(id: string): { code: number; kind: CardKind } | undefined {
  const match = ID_PATTERN.exec(id);
  if (!match) return undefined;
  return { code: Number(match[1]), kind: match[2] as CardKind };
}

/** Every card to study for these codes, in code order then kind order (CARD_KINDS). */
export function buildDeck(
  codes: readonly CodeFacts[],
  opts: { kinds: readonly CardKind[]; includeUnofficial: boolean },
): DeckCard[] {
  const kinds = CARD_KINDS.filter((k) => opts.kinds.includes(k));
  const sorted = [...codes].sort((a, b) => a.code - b.code);
  const deck: DeckCard[] = [];
  for (const facts of sorted) {
    const unofficial = facts.status === 'unofficial';
    if (unofficial && !opts.includeUnofficial) continue;
    for (const kind of kinds) {
      deck.push({
        id: cardId(facts.code, kind),
        code: facts.code,
        kind,
        classDigit: facts.class,
        unofficial,
      });
    }
  }
  return deck;
}
