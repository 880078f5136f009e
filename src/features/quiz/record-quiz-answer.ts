import type { StoreApi } from 'zustand';
import { cardId } from '../../domain/card-model';
import { findCode } from '../../domain/dataset';
import { QUESTION_CARD_KIND, type QuizQuestion } from '../../domain/quiz';
import type { ProgressState } from '../../state/progress-store';

/**
 * Sends a checked quiz answer to the scheduler as a review (right → Good, wrong → Again) when the
 * "quiz counts as review" setting is on and the card is one the learner studies (its kind chosen,
 * unofficial codes included). Returns whether it was recorded.
 */
export function recordQuizAnswer(
  progress: StoreApi<ProgressState>,
  question: QuizQuestion,
  right: boolean,
  durationMs: number,
): boolean {
  const { settings, answer } = progress.getState();
  const kind = QUESTION_CARD_KIND[question.type];
  const unofficial = findCode(question.code)?.status === 'unofficial';
  if (!settings.quizCountsAsReview || !settings.kinds.includes(kind)) return false;
  if (unofficial && !settings.includeUnofficial) return false;
  return answer(cardId(question.code, kind), right ? 3 : 1, durationMs) !== undefined;
}
