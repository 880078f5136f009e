// The shapes of a study session and of its store, apart from the store's behaviour.
import type { Grade } from '../domain/card-model';
import type { AnswerMode } from '../domain/answer-mode';
import type { KindQuestion } from '../domain/card-kinds/question';
import type { QueueCounts, QueueFilter, QueueItem } from '../domain/queue';

/** What a session studies and how the learner answers. */
export interface SessionSpec {
  filter: QueueFilter;
  mode: AnswerMode;
  /** Raises today's new-card limit for this session ("Study more new cards"). */
  extraNew: number;
  /** Only this code's cards, each once, due or not ("Study this code now" in Browse). */
  focusCode?: number | undefined;
  /** Only these cards, each once, due or not (a duel from the Stats' confusion table). */
  focusCards?: readonly string[] | undefined;
}

/** A card as shown in a session: its queue item and the question drawn (with its seed) when it appeared. */
export interface ShownCard {
  item: QueueItem;
  /** The seed of the card's question: the same seed always draws the same question. */
  seed: number;
  /** The question; undefined while the kind's generator or the knowledge it needs is loading. */
  question: KindQuestion | undefined;
  shownAt: number;
}

/**
 * Front, or back with the learner's checked answer (an option key: the code itself for codes) and the
 * grade Enter would give.
 */
export type Face = { side: 'front' } | { side: 'back'; given?: string; proposed: Grade };

export interface SessionAnswer {
  card: ShownCard;
  grade: Grade;
  /** The checked answer (an option key), for cards answered by a choice. */
  given?: string | undefined;
}

/**
 * What the session last told the learner, kept as data (not as a sentence) so that it is said again
 * in the new language when the language changes.
 */
export type SessionNotice =
  | { type: 'revealed' }
  /** A checked answer; `answer` and `given` are codes when the options were codes. */
  | { type: 'checked'; right: boolean; answer?: number; given?: number }
  | { type: 'graded'; grade: Grade; intervalMs: number; auto?: { answer: number } }
  | { type: 'undone'; code: number }
  | { type: 'nothingToUndo' }
  | { type: 'leech'; action: 'suspend' | 'reset'; code: number };

export interface ActiveSession {
  spec: SessionSpec;
  startedAt: number;
  shown: ShownCard;
  face: Face;
  answers: SessionAnswer[];
  notice: SessionNotice | null;
}

/** How a finished session went, for its summary. */
export interface SessionResult {
  answers: number;
  /** Distinct cards answered. */
  cards: number;
  /** Answers not graded Again. */
  correct: number;
  durationMs: number;
  /** Codes met for the first time in this session, in the order they came. */
  learned: number[];
  /** When the next studied card of the session's filter falls due. */
  nextDue: number | undefined;
  at: number;
}

export interface StudySessionState {
  session: ActiveSession | null;
  /** The summary of the session that ended last, until it is closed. */
  result: SessionResult | null;
  /** Code names in the current language: two options never read the same. */
  names: Readonly<Record<string, string>> | undefined;
  setNames: (names: Readonly<Record<string, string>> | undefined) => void;
  /** Starts a session (replacing any other); false, and nothing started, when it has nothing to study. */
  start: (spec: SessionSpec) => boolean;
  reveal: () => void;
  /**
   * Checks an answer (an option key; a typed code as its digits) to a card answered by a choice; may
   * grade at once (Settings: accept the suggested grade).
   */
  check: (given: string) => void;
  grade: (grade: Grade) => void;
  undo: () => void;
  /** Suspends or resets the leech on screen instead of grading it. */
  manageLeech: (action: 'suspend' | 'reset') => void;
  /** Ends the session: its summary when something was answered, else back to the overview. */
  end: () => void;
  closeSummary: () => void;
  /** The session's queue now (built once per answer, however often it is asked for). */
  queue: () => { items: QueueItem[]; counts: QueueCounts };
}
