import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Grade } from '../domain/card-model';
import { confusablesOf } from '../domain/confusables';
import { CODES, findCode } from '../domain/dataset';
import type { AnswerMode } from '../domain/answer-mode';
import { makeOptions } from '../domain/quiz-options';
import type { QueueCounts, QueueFilter, QueueItem } from '../domain/queue';
import { createRng } from '../domain/rng';
import type { AppEnv } from './app-env';
import type { ProgressState } from './progress-store';
import { focusQueue, pickNext, sameAsLast, studyOutlook, studyQueue } from './study-queue';

/** What a session studies and how the learner answers. */
export interface SessionSpec {
  filter: QueueFilter;
  mode: AnswerMode;
  /** Raises today's new-card limit for this session ("Study more new cards"). */
  extraNew: number;
  /** Only this code's cards, each once, due or not ("Study this code now" in Browse). */
  focusCode?: number | undefined;
}

/** A card as shown in a session: its queue item and the seeded choices made when it appeared. */
export interface ShownCard {
  item: QueueItem;
  /** Which scenario to show (scenario cards). */
  variant: number;
  /** Four codes for multiple choice (cards answered by a code). */
  options: number[];
  shownAt: number;
}

/** Front, or back with the learner's checked answer (if any) and the grade Enter would give. */
export type Face = { side: 'front' } | { side: 'back'; given?: number; proposed: Grade };

export interface SessionAnswer {
  card: ShownCard;
  grade: Grade;
  /** The checked answer, for cards answered by a code. */
  given?: number | undefined;
}

/**
 * What the session last told the learner, kept as data (not as a sentence) so that it is said again
 * in the new language when the language changes.
 */
export type SessionNotice =
  | { type: 'revealed' }
  | { type: 'checked'; answer: number; given: number }
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
  /** Checks a code given to a card answered by a code; may grade at once (Settings: accept the suggested grade). */
  check: (given: number) => void;
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
      spec.focusCode === undefined
        ? studyQueue(p, spec.filter, spec.extraNew, env.now())
        : focusQueue(p, spec.focusCode, new Set(answers.map((a) => a.card.item.cardId))),
    );
  };

  return createStore<StudySessionState>()((set, get) => {
    const show = (item: QueueItem): ShownCard => {
      const { names, settings } = { names: get().names, settings: progress.getState().settings };
      const pool = CODES.filter((c) => settings.includeUnofficial || c.status !== 'unofficial').map(
        (c) => c.code,
      );
      return {
        item,
        variant: Math.floor(rng() * 1_000_000),
        // Typed answers need no options, but drawing them keeps one seed's cards the same in both modes.
        options:
          item.kind !== 'recall'
            ? makeOptions(
                item.code,
                {
                  codes: pool,
                  confusable: confusablesOf(item.code),
                  related: findCode(item.code)?.related ?? [],
                  keyOf: (c) => names?.[String(c)] ?? String(c),
                },
                rng,
              )
            : [],
        shownAt: env.now(),
      };
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
      const card = progress.getState().answer(s.shown.item.cardId, g, env.now() - s.shown.shownAt);
      const intervalMs = card ? Math.max(0, card.due - (card.lastReview ?? env.now())) : 0;
      const answers = [...s.answers, { card: s.shown, grade: g, given }];
      advance(s, answers, {
        type: 'graded',
        grade: g,
        intervalMs,
        ...(auto ? { auto: { answer: s.shown.item.code } } : {}),
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
        const first = pickNext(queueOf(spec, []).items, undefined);
        if (!first) return false;
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
        if (!s || s.face.side === 'back' || s.shown.item.kind !== 'recall') return;
        set({
          session: { ...s, face: { side: 'back', proposed: 3 }, notice: { type: 'revealed' } },
        });
      },

      check(given) {
        const s = get().session;
        if (!s || s.face.side === 'back' || s.shown.item.kind === 'recall') return;
        const right = given === s.shown.item.code;
        const face: Face = { side: 'back', given, proposed: right ? 3 : 1 };
        const checked = { ...s, face };
        if (right && progress.getState().settings.autoAcceptGrade) {
          gradeShown(checked, 3, true);
          return;
        }
        set({
          session: { ...checked, notice: { type: 'checked', answer: s.shown.item.code, given } },
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
