import { describe, expect, it } from 'vitest';
import { isReview } from '../../domain/card-model';
import type { QuizQuestion } from '../../domain/quiz';
import { createMemoryStorage } from '../../state/app-env';
import { createProgressStore } from '../../state/progress-store';
import { addToStudy, recordQuizAnswer, type UnscheduledAnswer } from './record-quiz-answer';

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
  it('grades a card already studied, right as Good and wrong as Again, on the card of the question type', () => {
    const progress = store();
    for (const id of ['404:reverse', '410:scenario', '403:recall'])
      progress.getState().answer(id, 4, 1000);
    expect(recordQuizAnswer(progress, question(404, 'name-to-code'), true, 3000)).toBe('recorded');
    expect(recordQuizAnswer(progress, question(410, 'scenario-to-code'), false, 2000)).toBe(
      'recorded',
    );
    expect(recordQuizAnswer(progress, question(403, 'code-to-name'), true, 1000)).toBe('recorded');
    const reviews = progress.getState().log.filter(isReview).slice(3);
    expect(reviews.map((e) => [e.cardId, e.grade])).toEqual([
      ['404:reverse', 3],
      ['410:scenario', 1],
      ['403:recall', 3],
    ]);
  });

  it('leaves a card never studied alone and hands the answer back; adding it later grades it outside the new-card limit', () => {
    const progress = store();
    const left = recordQuizAnswer(progress, question(418, 'scenario-to-code'), false, 4000);
    expect(left).toEqual({ cardId: '418:scenario', code: 418, right: false, durationMs: 4000 });
    expect(progress.getState().log).toEqual([]);
    addToStudy(progress, [left as UnscheduledAnswer]);
    const [entry] = progress.getState().log;
    expect(entry).toMatchObject({ cardId: '418:scenario', grade: 1, state: 'new', fromQuiz: true });
    // Added twice (a second click, another tab): graded once.
    addToStudy(progress, [left as UnscheduledAnswer]);
    expect(progress.getState().log).toHaveLength(1);
  });

  it('records nothing when the setting is off', () => {
    const progress = store();
    progress.getState().updateSettings({ quizCountsAsReview: false });
    expect(recordQuizAnswer(progress, question(404, 'name-to-code'), true, 0)).toBe('ignored');
    expect(progress.getState().log).toEqual([]);
  });

  it('records nothing for cards the learner does not study (kind left out, unofficial excluded)', () => {
    const progress = store();
    progress.getState().updateSettings({ kinds: ['recall'], includeUnofficial: false });
    expect(recordQuizAnswer(progress, question(404, 'scenario-to-code'), true, 0)).toBe('ignored');
    expect(recordQuizAnswer(progress, question(499, 'code-to-name'), true, 0)).toBe('ignored');
    expect(progress.getState().log).toEqual([]);
  });
});
