import { describe, expect, it } from 'vitest';
import { isReview } from '../../domain/card-model';
import type { QuizQuestion } from '../../domain/quiz';
import { createMemoryStorage } from '../../state/app-env';
import { createProgressStore } from '../../state/progress-store';
import { addToStudy, recordQuizAnswer, type UnscheduledAnswer } from './record-quiz-answer';

const NOW = new Date(2026, 2, 2, 10).getTime();
const KIND = {
  'code-to-name': 'recall',
  'name-to-code': 'reverse',
  'scenario-to-code': 'scenario',
} as const;
/** A question whose right answer is `code` among [code, 200]. */
const question = (code: number, type: keyof typeof KIND): QuizQuestion => ({
  code,
  type,
  category: '4',
  cardId: `${code}:${KIND[type]}`,
  question: {
    kind: KIND[type],
    code,
    prompt: { form: 'reverse', code },
    options: [
      { type: 'code', code },
      { type: 'code', code: 200 },
    ],
    answer: 0,
    typed: true,
  },
});
const right = (code: number) => String(code);
const WRONG = '200';

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
    expect(recordQuizAnswer(progress, question(404, 'name-to-code'), right(404), 3000)).toBe(
      'recorded',
    );
    expect(recordQuizAnswer(progress, question(410, 'scenario-to-code'), WRONG, 2000)).toBe(
      'recorded',
    );
    expect(recordQuizAnswer(progress, question(403, 'code-to-name'), right(403), 1000)).toBe(
      'recorded',
    );
    const reviews = progress.getState().log.filter(isReview).slice(3);
    expect(reviews.map((e) => [e.cardId, e.grade])).toEqual([
      ['404:reverse', 3],
      ['410:scenario', 1],
      ['403:recall', 3],
    ]);
  });

  it('leaves a card never studied alone and hands the answer back; adding it later grades it outside the new-card limit', () => {
    const progress = store();
    const left = recordQuizAnswer(progress, question(418, 'scenario-to-code'), WRONG, 4000);
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
    expect(recordQuizAnswer(progress, question(404, 'name-to-code'), right(404), 0)).toBe(
      'ignored',
    );
    expect(progress.getState().log).toEqual([]);
  });

  it('records nothing for cards the learner does not study (kind left out, unofficial excluded)', () => {
    const progress = store();
    progress.getState().updateSettings({ kinds: ['recall'], includeUnofficial: false });
    expect(recordQuizAnswer(progress, question(404, 'scenario-to-code'), right(404), 0)).toBe(
      'ignored',
    );
    expect(recordQuizAnswer(progress, question(499, 'code-to-name'), right(499), 0)).toBe(
      'ignored',
    );
    expect(progress.getState().log).toEqual([]);
  });

  it('remembers a code given for another as a mix-up (Stats, duels first), and a right one as an answer', () => {
    const progress = store();
    progress.getState().answer('401:reverse', 4, 1000);
    const q401 = question(401, 'name-to-code');
    const asked = {
      ...q401,
      question: {
        ...q401.question,
        options: [
          { type: 'code' as const, code: 401 },
          { type: 'code' as const, code: 403 },
        ],
      },
    };
    expect(recordQuizAnswer(progress, asked, '403', 2000)).toBe('recorded');
    expect(progress.getState().confusions).toEqual([
      expect.objectContaining({ cardId: '401:reverse', answer: 401, given: 403 }),
    ]);
  });
});
