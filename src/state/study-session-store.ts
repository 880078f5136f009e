import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Grade } from '../domain/card-model';
import type { AnswerMode } from '../domain/answer-mode';
import { answerKey, codeOfKey, type KindQuestion } from '../domain/card-kinds/question';
import type { QueueCounts, QueueFilter, QueueItem } from '../domain/queue';
import { createRng } from '../domain/rng';
import type { AppEnv } from './app-env';
import type { ProgressState } from './progress-store';
import { cardQuestion, prepareKinds } from './card-question';
import { knowledgeNow } from './knowledge-access';
import { focusQueue, pickNext, sameAsLast, studyOutlook, studyQueue } from './study-queue';

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

/** The study session, kept outside the screen so that leaving Study and coming back loses nothing. */
export function createStudySessionStore(
  env: AppEnv,
  progress: StoreApi<ProgressState>,
): StoreApi<StudySessionState> {
  // Seeded per session: the same session shows the same options and scenarios on a re-render.
  let rng = createRng(0);

  const queueOf = (spec: SessionSpec, answers: readonly SessionAnswer[]) => {
    const p = progress.getState();
    return sameAsLast([p.cards, p.log, p.settings, answers, spec], () =>
      spec.focusCode === undefined && spec.focusCards === undefined
        ? studyQueue(p, spec.filter, spec.extraNew, env.now())
        : focusQueue(
            p,
            spec.focusCards ?? spec.focusCode ?? [],
            new Set(answers.map((a) => a.card.item.cardId)),
          ),
    );
  };

  return createStore<StudySessionState>()((set, get) => {
    const questionOf = (item: QueueItem, seed: number, fallback = false) =>
      cardQuestion(
        item,
        seed,
        {
          settings: progress.getState().settings,
          names: get().names,
          knowledge: knowledgeNow(),
        },
        fallback,
      );

    const show = (item: QueueItem): ShownCard => {
      const seed = Math.floor(rng() * 2 ** 32);
      const question = questionOf(item, seed);
      const card: ShownCard = { item, seed, question, shownAt: env.now() };
      // A generated kind whose generator or knowledge is not here yet: draw it once they are.
      if (!question)
        void prepareKinds([item.kind]).then(() => {
          const s = get().session;
          if (s?.shown !== card) return;
          const shown = { ...card, question: questionOf(item, seed, true) };
          set({ session: { ...s, shown } });
        });
      return card;
    };

    /** Shows the next card (never a sibling of the last when another is waiting), or ends. */
    const advance = (s: ActiveSession, answers: SessionAnswer[], notice: SessionNotice) => {
      const next = pickNext(queueOf(s.spec, answers).items, s.shown.item.code);
      if (!next) {
        set({ session: { ...s, answers, notice } });
        get().end();
        return;
      }
      set({
        session: { ...s, answers, shown: show(next), face: { side: 'front' }, notice },
      });
    };

    const gradeShown = (s: ActiveSession, g: Grade, auto: boolean) => {
      const given = s.face.side === 'back' ? s.face.given : undefined;
      const question = s.shown.question;
      const answer = question ? codeOfKey(answerKey(question)) : undefined;
      const givenCode = codeOfKey(given);
      const checked =
        answer !== undefined && givenCode !== undefined ? { answer, given: givenCode } : undefined;
      const card = progress
        .getState()
        .answer(s.shown.item.cardId, g, env.now() - s.shown.shownAt, checked ? { checked } : {});
      const intervalMs = card ? Math.max(0, card.due - (card.lastReview ?? env.now())) : 0;
      const answers = [...s.answers, { card: s.shown, grade: g, given }];
      advance(s, answers, {
        type: 'graded',
        grade: g,
        intervalMs,
        ...(auto && answer !== undefined ? { auto: { answer } } : {}),
      });
    };

    return {
      session: null,
      result: null,
      names: undefined,
      setNames: (names) => set({ names }),

      start(spec) {
        const startedAt = env.now();
        rng = createRng(startedAt);
        const queue = queueOf(spec, []).items;
        const first = pickNext(queue, undefined);
        if (!first) return false;
        // The generated kinds of today's queue load in the background while the first cards are studied.
        void prepareKinds([...new Set(queue.map((i) => i.kind))]);
        set({
          result: null,
          session: {
            spec,
            startedAt,
            shown: show(first),
            face: { side: 'front' },
            answers: [],
            notice: null,
          },
        });
        return true;
      },

      reveal() {
        const s = get().session;
        // Only a card graded by the learner is revealed; the others are answered by a choice.
        if (!s || s.face.side === 'back' || s.shown.question?.answer !== -1) return;
        set({
          session: { ...s, face: { side: 'back', proposed: 3 }, notice: { type: 'revealed' } },
        });
      },

      check(given) {
        const s = get().session;
        const question = s?.shown.question;
        if (!s || !question || s.face.side === 'back' || question.answer < 0) return;
        const right = given === answerKey(question);
        const face: Face = { side: 'back', given, proposed: right ? 3 : 1 };
        const checked = { ...s, face };
        const answer = codeOfKey(answerKey(question));
        if (right && progress.getState().settings.autoAcceptGrade) {
          gradeShown(checked, 3, true);
          return;
        }
        const givenCode = codeOfKey(given);
        set({
          session: {
            ...checked,
            notice: {
              type: 'checked',
              right,
              ...(answer !== undefined && givenCode !== undefined
                ? { answer, given: givenCode }
                : {}),
            },
          },
        });
      },

      grade(g) {
        const s = get().session;
        if (!s || s.face.side !== 'back') return;
        gradeShown(s, g, false);
      },

      undo() {
        const s = get().session;
        const last = s?.answers[s.answers.length - 1];
        if (!s) return;
        if (!last || !progress.getState().undo()) {
          set({ session: { ...s, notice: { type: 'nothingToUndo' } } });
          return;
        }
        set({
          session: {
            ...s,
            answers: s.answers.slice(0, -1),
            shown: { ...last.card, shownAt: env.now() },
            face: { side: 'front' },
            notice: { type: 'undone', code: last.card.item.code },
          },
        });
      },

      manageLeech(action) {
        const s = get().session;
        if (!s) return;
        const { cardId, code } = s.shown.item;
        if (action === 'suspend') progress.getState().suspendCard(cardId);
        else progress.getState().resetCard(cardId);
        advance(s, s.answers, { type: 'leech', action, code });
      },

      end() {
        const s = get().session;
        if (!s) return;
        const at = env.now();
        const answers = s.answers;
        if (answers.length === 0) {
          set({ session: null, result: null });
          return;
        }
        const learned: number[] = [];
        for (const a of answers)
          if (a.card.item.queue === 'new' && !learned.includes(a.card.item.code))
            learned.push(a.card.item.code);
        const outlook = studyOutlook(progress.getState(), s.spec.filter, s.spec.extraNew, at);
        set({
          session: null,
          result: {
            answers: answers.length,
            cards: new Set(answers.map((a) => a.card.item.cardId)).size,
            correct: answers.filter((a) => a.grade > 1).length,
            durationMs: at - s.startedAt,
            learned,
            nextDue: outlook.nextDue,
            at,
          },
        });
      },

      closeSummary: () => set({ result: null }),

      queue() {
        const s = get().session;
        return s
          ? queueOf(s.spec, s.answers)
          : { items: [], counts: { new: 0, learning: 0, due: 0 } };
      },
    };
  });
}
