import type { StoreApi } from 'zustand';
import { answerKey, codeOfKey } from '../../domain/card-kinds/question';
import { parseCardId } from '../../domain/card-model';
import { findCode } from '../../domain/dataset';
import { QUESTION_CARD_KIND, type QuizQuestion } from '../../domain/quiz';
import type { ProgressState } from '../../state/progress-store';

/** A checked quiz answer about a card the learner has not studied yet, kept for the results. */
export interface UnscheduledAnswer {
  cardId: string;
  code: number;
  right: boolean;
  durationMs: number;
}

/**
 * What a checked quiz answer (an option key) does to the schedule when "quiz counts as review" is on
 * and the card is one the learner studies (its kind chosen, unofficial codes included): a card
 * already studied is graded at once (right → Good, wrong → Again; a code given for another is
 * remembered for the confusion table); a card never studied is left alone and returned, for the
 * results screen to offer adding it. Returns "recorded", the unscheduled answer, or "ignored".
 */
export function recordQuizAnswer(
  progress: StoreApi<ProgressState>,
  question: QuizQuestion,
  given: string,
  durationMs: number,
): 'recorded' | 'ignored' | UnscheduledAnswer {
  const { settings, cards, answer } = progress.getState();
  const kind = QUESTION_CARD_KIND[question.type];
  const right = given === answerKey(question.question);
  const codes = parseCardId(question.cardId)?.pair ?? [question.code];
  const unofficial = codes.some((c) => findCode(c)?.status === 'unofficial');
  if (!settings.quizCountsAsReview || !settings.kinds.includes(kind)) return 'ignored';
  if (unofficial && !settings.includeUnofficial) return 'ignored';
  const id = question.cardId;
  const card = cards[id];
  if (!card || card.state === 'new') return { cardId: id, code: question.code, right, durationMs };
  const rightCode = codeOfKey(answerKey(question.question));
  const givenCode = codeOfKey(given);
  const checked =
    rightCode !== undefined && givenCode !== undefined
      ? { checked: { answer: rightCode, given: givenCode } }
      : {};
  return answer(id, right ? 3 : 1, durationMs, checked) ? 'recorded' : 'ignored';
}

/**
 * Puts the cards of these quiz answers into the learner's study, each graded by its answer; they do
 * not count against the day's new-card limit. Cards studied meanwhile (another tab) are left as they are.
 */
export function addToStudy(
  progress: StoreApi<ProgressState>,
  answers: readonly UnscheduledAnswer[],
): void {
  for (const a of answers) {
    const card = progress.getState().cards[a.cardId];
    if (card && card.state !== 'new') continue;
    progress.getState().answer(a.cardId, a.right ? 3 : 1, a.durationMs, { fromQuiz: true });
  }
}
