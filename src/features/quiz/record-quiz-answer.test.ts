import { describe, expect, it } from 'vitest';
import { isReview } from '../../domain/card-model';
import type { QuizQuestion } from '../../domain/quiz';
import { createMemoryStorage } from '../../state/app-env';
import { createProgressStore } from '../../state/progress-store';
import { recordQuizAnswer } from './record-quiz-answer';

const NOW = new Date(2026, 2, 2, 10).getTime();
const question = (code: number, type: QuizQuestion['type']): QuizQuestion => ({
  code,
  type,
  category: '4',
  variant: 0,
  options: [code],
});

function store() {
  const progress = createProgressStore({ storage: createMemoryStorage(), now: () => NOW });
  progress.getState().stopSync();
  return progress;
}

describe('recordQuizAnswer', () => {
  it('records a right answer as Good and a wrong one as Again, on the card of the question type', () => {
    const progress = store();
    expect(recordQuizAnswer(progress, question(404, 'name-to-code'), true, 3000)).toBe(true);
    expect(recordQuizAnswer(progress, question(410, 'scenario-to-code'), false, 2000)).toBe(true);
    expect(recordQuizAnswer(progress, question(403, 'code-to-name'), true, 1000)).toBe(true);
    const reviews = progress.getState().log.filter(isReview);
    expect(reviews.map((e) => [e.cardId, e.grade])).toEqual([
      ['404:reverse', 3],
      ['410:scenario', 1],
      ['403:recall', 3],
    ]);
  });

  it('records nothing when the setting is off', () => {
    const progress = store();
    progress.getState().updateSettings({ quizCountsAsReview: false });
    expect(recordQuizAnswer(progress, question(404, 'name-to-code'), true, 0)).toBe(false);
    expect(progress.getState().log).toEqual([]);
  });

  it('records nothing for cards the learner does not study (kind left out, unofficial excluded)', () => {
    const progress = store();
    progress.getState().updateSettings({ kinds: ['recall'], includeUnofficial: false });
    expect(recordQuizAnswer(progress, question(404, 'scenario-to-code'), true, 0)).toBe(false);
    expect(recordQuizAnswer(progress, question(499, 'code-to-name'), true, 0)).toBe(false);
    expect(progress.getState().log).toEqual([]);
  });
});
