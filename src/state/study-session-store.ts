import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Grade } from '../domain/card-model';
import { answerKey, codeOfKey } from '../domain/card-kinds/question';
import type { QueueItem } from '../domain/queue';
import { createRng } from '../domain/rng';
import type { AppEnv } from './app-env';
import type { ProgressState } from './progress-store';
import { cardQuestion, prepareKinds } from './card-question';
import { knowledgeNow } from './knowledge-access';
import { focusQueue, pickNext, sameAsLast, studyOutlook, studyQueue } from './study-queue';

import type {
  ActiveSession,
  Face,
  SessionAnswer,
  SessionNotice,
  SessionSpec,
  ShownCard,
  StudySessionState,
} from './study-session-types';

export type * from './study-session-types';

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
