// What the scheduler promises, apart from ts-fsrs: its callers (and tests) depend on this alone.
import type {
  CardState,
  Grade,
  LogEntry,
  ManualAction,
  ManualLogEntry,
  ReviewLogEntry,
} from './card-model';
import type { SchedulerSettings } from './study-settings';

/** Longest time on one card that the log records (longer means the user walked away). */
export const MAX_DURATION_MS = 60 * 60 * 1000;

export interface Scheduler {
  readonly settings: Readonly<SchedulerSettings>;
  /** When each grade would make the card due next, if it were graded at `now`. */
  preview(card: CardState, now: number): Record<Grade, { due: number; intervalMs: number }>;
  /** The card after grading it at `now`, and the log entry that records it. */
  grade(
    card: CardState,
    grade: Grade,
    now: number,
    durationMs: number,
  ): { card: CardState; log: ReviewLogEntry };
  /** The card after a reset / suspend / unsuspend at `now`, and the log entry that records it. */
  act(card: CardState, action: ManualAction, now: number): { card: CardState; log: ManualLogEntry };
  /** The card after one logged entry (what `grade` and `act` do, given the entry). */
  apply(card: CardState | undefined, entry: LogEntry): CardState;
  /** The card rebuilt from every log entry of `id` (entries of other cards are ignored). */
  replay(id: string, logs: readonly LogEntry[]): CardState;
  /**
   * The card brought in line with these settings at `now` (ts-fsrs `reschedule` over its reviews
   * since its last reset), and the `reschedule` entry that records it; undefined when its due date
   * would not change or it is not in review. A replay gives the same card, so merges, undo and
   * restores agree with it.
   */
  reschedule(
    card: CardState,
    history: readonly LogEntry[],
    now: number,
  ): { card: CardState; log: ManualLogEntry } | undefined;
  /**
   * The card exactly as it was before `log`, its latest entry, given every entry of the card.
   * ts-fsrs `rollback` cannot do this alone (it sets `due` to the review time), so the earlier
   * entries are replayed instead; with unchanged settings that is exact.
   */
  undo(card: CardState, log: LogEntry, history: readonly LogEntry[]): CardState;
  /** The probability of recalling the card at `now` by the FSRS forgetting curve (0 for a new card). */
  retrievability(card: CardState, now: number): number;
}
