import type { AnswerMode } from './answer-mode';
import { CARD_KINDS, cardId, type CardKind } from './card-model';
import { codeOptions } from './card-kinds/code-options';
import { answerKey, type KindQuestion, type QuestionContext } from './card-kinds/question';
import { kindSpec } from './card-kinds/registry';
import type { CodeFacts } from './dataset-schema';
import { shuffle } from './rng';

/** What a question shows and what it asks for: one type per card kind (the registry's `quizType`). */
export const QUESTION_TYPES = [
  'code-to-name',
  'name-to-code',
  'scenario-to-code',
  'header',
  'wire',
  'duel',
  'behaviour',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The card each question type exercises, so a quiz answer can count as a review of that card. */
export const QUESTION_CARD_KIND = Object.fromEntries(
  CARD_KINDS.map((kind) => [kindSpec(kind).quizType, kind]),
) as Record<QuestionType, CardKind>;

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
  /** The card an answer counts for (a duel's pair card names both codes). */
  cardId: string;
  /** What is asked: options in display order, the answer among them. */
  question: KindQuestion;
}

/** The category a code is quizzed and scored under. */
export function categoryOf(facts: CodeFacts): QuizCategory {
  return facts.status === 'unofficial' ? 'unofficial' : (String(facts.class) as QuizCategory);
}

/** True when the question can be answered by typing a code (its options are codes, not names). */
export function acceptsTypedAnswer(question: QuizQuestion): boolean {
  return question.type !== 'code-to-name' && question.question.typed;
}

/** Draws a question of a generated kind for a code (a duel: a pair card); undefined when it has none. */
export type DrawQuestion = (
  kind: CardKind,
  card: { code: number; pair?: readonly [number, number] },
  ctx: QuestionContext,
  rng: () => number,
) => KindQuestion | undefined;

export interface BuildQuizOptions {
  codes: readonly CodeFacts[];
  rng: () => number;
  /** What the learner sees for a code (its name in the current language): keeps options unambiguous. */
  keyOf?: (code: number) => string;
  /** The generators' context (confusion sets, related codes, the knowledge once loaded). */
  context: Omit<QuestionContext, 'pool' | 'keyOf'>;
  /** Draws a question of any kind (the session's generators, loaded before the quiz starts). */
  draw: DrawQuestion;
  /** The confusable pairs, for duels. */
  pairs: readonly (readonly [number, number])[];
}

/**
 * The questions of a quiz: each code of the chosen categories at most once (no repeats), in `rng`
 * order, cut to the chosen length; question types are spread evenly over the chosen ones, a code
 * taking the next type it has a question of (header, wire and behaviour need the code's knowledge, a
 * duel a confusable partner); options come from the codes the quiz may show. Deterministic for a
 * given rng seed.
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
  const inPool = new Set(pool);
  const ctx: QuestionContext = { ...options.context, pool, ...(keyOf ? { keyOf } : {}) };
  const picked = shuffle(eligible, rng);
  const typeOrder = shuffle(types, rng);
  const target = setup.length === 'all' ? picked.length : Math.min(setup.length, picked.length);
  const out: QuizQuestion[] = [];
  for (const facts of picked) {
    if (out.length >= target) break;
    const first = out.length % typeOrder.length;
    for (let k = 0; k < typeOrder.length; k++) {
      const type = typeOrder[(first + k) % typeOrder.length] as QuestionType;
      const drawn = drawFor(type, facts.code, ctx, options, inPool);
      if (!drawn) continue;
      out.push({ code: facts.code, type, category: categoryOf(facts), ...drawn });
      break;
    }
  }
  return out;
}

function drawFor(
  type: QuestionType,
  code: number,
  ctx: QuestionContext,
  options: BuildQuizOptions,
  inPool: ReadonlySet<number>,
): { cardId: string; question: KindQuestion } | undefined {
  const kind = QUESTION_CARD_KIND[type];
  if (type === 'code-to-name') {
    // A recall card asked the other way: the code shown, its name among four.
    const { options: choices, answer } = codeOptions(code, ctx, options.rng);
    return {
      cardId: cardId(code, kind),
      question: {
        kind,
        code,
        prompt: { form: 'recall', code },
        options: choices,
        answer,
        typed: false,
      },
    };
  }
  if (kindSpec(kind).scope === 'pair') {
    const partners = options.pairs
      .filter((p) => p.includes(code) && p.every((c) => inPool.has(c)))
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const pair = partners[Math.floor(options.rng() * partners.length)];
    if (!pair) return undefined;
    const question = options.draw(kind, { code: pair[0], pair }, ctx, options.rng);
    return question ? { cardId: cardId(pair[0], kind, pair[1]), question } : undefined;
  }
  const question = options.draw(kind, { code }, ctx, options.rng);
  return question ? { cardId: cardId(code, kind), question } : undefined;
}

/** The same questions in a new order, each with its options reshuffled (for "retry"). */
export function reshuffleQuiz(
  questions: readonly QuizQuestion[],
  rng: () => number,
): QuizQuestion[] {
  return shuffle(questions, rng).map((q) => {
    const right = q.question.options[q.question.answer];
    const options = shuffle(q.question.options, rng);
    return {
      ...q,
      question: { ...q.question, options, answer: right ? options.indexOf(right) : -1 },
    };
  });
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

/** Scores a quiz: `given[i]` is the option key answered to question i (undefined when none). */
export function scoreQuiz(
  questions: readonly QuizQuestion[],
  given: readonly (string | undefined)[],
): QuizScore {
  const byCategory = new Map<QuizCategory, CategoryScore>();
  const missed: number[] = [];
  let correct = 0;
  questions.forEach((q, i) => {
    const score = byCategory.get(q.category) ?? { category: q.category, correct: 0, total: 0 };
    byCategory.set(q.category, score);
    score.total++;
    if (given[i] !== undefined && given[i] === answerKey(q.question)) {
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
