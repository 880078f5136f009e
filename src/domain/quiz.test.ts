import { describe, expect, it } from 'vitest';
import setsJson from '../../data/confusion-sets.json';
import { kindModule } from './card-kinds/modules';
import { answerKey, optionKey } from './card-kinds/question';
import { confusablesOf } from './confusables';
import { confusablePairs } from './confusion-sets';
import { CODES, findCode } from './dataset';
import {
  buildQuiz,
  categoryOf,
  reshuffleQuiz,
  scoreQuiz,
  type BuildQuizOptions,
  type QuizQuestion,
  type QuizSetup,
} from './quiz';
import { createRng } from './rng';

/** The quiz's inputs with the static generators (recall, reverse, scenario) and the real sets. */
const opts = (rng: () => number): BuildQuizOptions => ({
  codes: CODES,
  rng,
  context: { confusable: confusablesOf, related: (c) => findCode(c)?.related ?? [] },
  draw: (kind, card, ctx, r) => kindModule(kind)?.question(card, ctx, r),
  pairs: confusablePairs(setsJson),
});
const codesOf = (q: QuizQuestion) =>
  q.question.options.flatMap((o) => (o.type === 'code' ? [o.code] : []));

const setup = (over: Partial<QuizSetup> = {}): QuizSetup => ({
  categories: ['4'],
  types: ['code-to-name', 'name-to-code', 'scenario-to-code'],
  length: 10,
  mode: 'choice',
  ...over,
});

const count4xx = CODES.filter((c) => c.class === 4 && c.status !== 'unofficial').length;

describe('buildQuiz', () => {
  it('draws the chosen length from the chosen categories without repeating a code', () => {
    const quiz = buildQuiz(setup(), opts(createRng(1)));
    expect(quiz).toHaveLength(10);
    expect(new Set(quiz.map((q) => q.code)).size).toBe(10);
    expect(quiz.every((q) => q.category === '4' && Math.floor(q.code / 100) === 4)).toBe(true);
  });

  it('"all" asks every code of the categories exactly once', () => {
    const quiz = buildQuiz(setup({ length: 'all' }), opts(createRng(2)));
    expect(quiz).toHaveLength(count4xx);
    expect(new Set(quiz.map((q) => q.code)).size).toBe(count4xx);
  });

  it('stops at the number of codes available when the length asks for more', () => {
    const quiz = buildQuiz(setup({ categories: ['1'], length: 20 }), opts(createRng(3)));
    expect(quiz).toHaveLength(CODES.filter((c) => categoryOf(c) === '1').length);
  });

  it('keeps unofficial codes to their own category, in questions and in distractors', () => {
    const official = buildQuiz(setup({ categories: ['5'], length: 'all' }), opts(createRng(4)));
    const unofficial = new Set(CODES.filter((c) => c.status === 'unofficial').map((c) => c.code));
    expect(official.some((q) => codesOf(q).some((o) => unofficial.has(o)))).toBe(false);
    const vendor = buildQuiz(
      setup({ categories: ['unofficial'], length: 'all' }),
      opts(createRng(4)),
    );
    expect(vendor).toHaveLength(unofficial.size);
    expect(vendor.every((q) => unofficial.has(q.code) && q.category === 'unofficial')).toBe(true);
  });

  it('spreads the chosen question types evenly and uses only those', () => {
    const quiz = buildQuiz(
      setup({ types: ['name-to-code', 'scenario-to-code'], length: 20 }),
      opts(createRng(5)),
    );
    const n = quiz.filter((q) => q.type === 'name-to-code').length;
    expect(n).toBe(10);
    expect(quiz.some((q) => q.type === 'code-to-name')).toBe(false);
  });

  it('gives each question four options containing its answer', () => {
    const quiz = buildQuiz(setup({ categories: ['2', '3'], length: 'all' }), opts(createRng(6)));
    for (const q of quiz) {
      expect(new Set(codesOf(q)).size).toBe(4);
      expect(codesOf(q)).toContain(q.code);
      expect(answerKey(q.question)).toBe(String(q.code));
    }
  });

  it('is deterministic for a seed', () => {
    const a = buildQuiz(setup(), opts(createRng(9)));
    const b = buildQuiz(setup(), opts(createRng(9)));
    const c = buildQuiz(setup(), opts(createRng(10)));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('is empty when no category or no question type is chosen', () => {
    expect(buildQuiz(setup({ categories: [] }), opts(createRng(1)))).toEqual([]);
    expect(buildQuiz(setup({ types: [] }), opts(createRng(1)))).toEqual([]);
  });
});

describe('scoreQuiz and reshuffleQuiz', () => {
  const q = (code: number, category: QuizQuestion['category']): QuizQuestion => ({
    code,
    category,
    type: 'name-to-code',
    cardId: `${code}:reverse`,
    question: {
      kind: 'reverse',
      code,
      prompt: { form: 'reverse', code },
      options: [code, 200, 201, 202].map((c) => ({ type: 'code' as const, code: c })),
      answer: 0,
      typed: true,
    },
  });
  const questions = [q(404, '4'), q(410, '4'), q(500, '5'), q(499, 'unofficial')];

  it('scores overall and per category, listing missed and unanswered questions', () => {
    const score = scoreQuiz(questions, ['404', '403', '500', undefined]);
    expect(score).toEqual({
      correct: 2,
      total: 4,
      byCategory: [
        { category: '4', correct: 1, total: 2 },
        { category: '5', correct: 1, total: 1 },
        { category: 'unofficial', correct: 0, total: 1 },
      ],
      missed: [1, 3],
    });
  });

  it('reshuffles keeps the same questions and the same option sets', () => {
    const again = reshuffleQuiz(questions, createRng(3));
    expect(again.map((x) => x.code).sort()).toEqual([404, 410, 499, 500]);
    for (const x of again) {
      const original = questions.find((y) => y.code === x.code);
      expect(x.question.options.map(optionKey).sort()).toEqual(
        (original?.question.options ?? []).map(optionKey).sort(),
      );
      // The right answer moves with the options.
      expect(answerKey(x.question)).toBe(String(x.code));
    }
  });
});
