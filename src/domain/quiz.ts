import type { AnswerMode } from './answer-mode';
import type { CardKind } from './card-model';
import { confusablesOf } from './confusables';
import type { CodeFacts } from './dataset-schema';
import { makeOptions } from './quiz-options';
import { shuffle } from './rng';

/** What a question shows and what it asks for. */
export const QUESTION_TYPES = ['code-to-name', 'name-to-code', 'scenario-to-code'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The card each question type exercises, so a quiz answer can count as a review of that card. */
export const QUESTION_CARD_KIND: Record<QuestionType, CardKind> = {
  'code-to-name': 'recall',
  'name-to-code': 'reverse',
  'scenario-to-code': 'scenario',
};

/** Quiz categories: the five classes for registered codes, and unofficial codes on their own. */
export const QUIZ_CATEGORIES = ['1', '2', '3', '4', '5', 'unofficial'] as const;
export type QuizCategory = (typeof QUIZ_CATEGORIES)[number];

export const QUIZ_LENGTHS = [10, 20, 'all'] as const;
export type QuizLength = (typeof QUIZ_LENGTHS)[number];

// In a module of its own so that the Study screen's first load does not carry the quiz's code.
export { ANSWER_MODES, type AnswerMode } from './answer-mode';

export interface QuizSetup {
  categories: QuizCategory[];
  types: QuestionType[];
  length: QuizLength;
  mode: AnswerMode;
}

export interface QuizQuestion {
  code: number;
  type: QuestionType;
  category: QuizCategory;
  /** Picks which of the code's scenarios to show (modulo their number, which may differ per language). */
  variant: number;
  /** Four candidate codes in display order, the answer among them. */
  options: number[];
}

/** The category a code is quizzed and scored under. */
export function categoryOf(facts: CodeFacts): QuizCategory {
  return facts.status === 'unofficial' ? 'unofficial' : (String(facts.class) as QuizCategory);
}

/** True when a question of this type can be answered by typing a code (code → name cannot). */
export function acceptsTypedAnswer(type: QuestionType): boolean {
  return type !== 'code-to-name';
}

export interface BuildQuizOptions {
  codes: readonly CodeFacts[];
  rng: () => number;
  /** What the learner sees for a code (its name in the current language): keeps options unambiguous. */
  keyOf?: (code: number) => string;
}

/**
 * The questions of a quiz: each code of the chosen categories at most once (no repeats), in `rng` order,
 * cut to the chosen length; question types are spread evenly over the chosen ones; options come from
 * makeOptions over the codes the quiz may show. Deterministic for a given rng seed.
 */
export function buildQuiz(setup: QuizSetup, options: BuildQuizOptions): QuizQuestion[] {
  const { codes, rng, keyOf } = options;
  const types = QUESTION_TYPES.filter((t) => setup.types.includes(t));
  const wanted = new Set(setup.categories);
  const eligible = codes.filter((c) => wanted.has(categoryOf(c)));
  if (types.length === 0 || eligible.length === 0) return [];
  // Distractors may come from any class (related codes often cross classes), but unofficial codes only
  // when the learner chose them: an unfamiliar vendor code would be an easy one to rule out.
  const pool = codes
    .filter((c) => c.status !== 'unofficial' || wanted.has('unofficial'))
    .map((c) => c.code);
  const picked = shuffle(eligible, rng);
  const count = setup.length === 'all' ? picked.length : Math.min(setup.length, picked.length);
  const typeOrder = shuffle(types, rng);
  return picked.slice(0, count).map((facts, i) => ({
    code: facts.code,
    type: typeOrder[i % typeOrder.length] as QuestionType,
    category: categoryOf(facts),
    variant: Math.floor(rng() * 1_000_000),
    options: makeOptions(
      facts.code,
      {
        codes: pool,
        confusable: confusablesOf(facts.code),
        related: facts.related,
        ...(keyOf ? { keyOf } : {}),
      },
      rng,
    ),
  }));
}

/** The same questions in a new order, each with its options reshuffled (for "retry"). */
export function reshuffleQuiz(
  questions: readonly QuizQuestion[],
  rng: () => number,
): QuizQuestion[] {
  return shuffle(questions, rng).map((q) => ({ ...q, options: shuffle(q.options, rng) }));
}

export interface CategoryScore {
  category: QuizCategory;
  correct: number;
  total: number;
}

export interface QuizScore {
  correct: number;
  total: number;
  /** Only the categories the quiz contained, in QUIZ_CATEGORIES order. */
  byCategory: CategoryScore[];
  /** Indexes of the questions answered wrongly or not at all. */
  missed: number[];
}

/** Scores a quiz: `given[i]` is the code answered to question i (undefined when none). */
export function scoreQuiz(
  questions: readonly QuizQuestion[],
  given: readonly (number | undefined)[],
): QuizScore {
  const byCategory = new Map<QuizCategory, CategoryScore>();
  const missed: number[] = [];
  let correct = 0;
  questions.forEach((q, i) => {
    const score = byCategory.get(q.category) ?? { category: q.category, correct: 0, total: 0 };
    byCategory.set(q.category, score);
    score.total++;
    if (given[i] === q.code) {
      score.correct++;
      correct++;
    } else missed.push(i);
  });
  return {
    correct,
    total: questions.length,
    byCategory: QUIZ_CATEGORIES.flatMap((c) => byCategory.get(c) ?? []),
    missed,
  };
}
