import {
  ANSWER_MODES,
  QUESTION_TYPES,
  QUIZ_CATEGORIES,
  QUIZ_LENGTHS,
  type QuizSetup,
} from '../../domain/quiz';

/** localStorage key of the learner's last quiz setup. */
export const QUIZ_SETUP_KEY = 'hst-quiz-setup';

export const DEFAULT_QUIZ_SETUP: QuizSetup = {
  categories: ['1', '2', '3', '4', '5'],
  types: [...QUESTION_TYPES],
  length: 10,
  mode: 'choice',
};

/** The last quiz setup saved in `storage`, each field checked; anything unusable falls back to the default. */
export function readQuizSetup(storage: Storage): QuizSetup {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage.getItem(QUIZ_SETUP_KEY) ?? '{}');
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // A damaged setup is only a convenience lost: start from the default.
  }
  const pick = <T>(all: readonly T[], value: unknown, fallback: T[]): T[] =>
    Array.isArray(value) ? all.filter((x) => value.includes(x)) : fallback;
  return {
    categories: pick(QUIZ_CATEGORIES, raw.categories, DEFAULT_QUIZ_SETUP.categories),
    types: pick(QUESTION_TYPES, raw.types, DEFAULT_QUIZ_SETUP.types),
    length: QUIZ_LENGTHS.find((l) => l === raw.length) ?? DEFAULT_QUIZ_SETUP.length,
    mode: ANSWER_MODES.find((m) => m === raw.mode) ?? DEFAULT_QUIZ_SETUP.mode,
  };
}

/** Remembers the setup for next time; a full or blocked storage is ignored (it is only a convenience). */
export function saveQuizSetup(storage: Storage, setup: QuizSetup): void {
  try {
    storage.setItem(QUIZ_SETUP_KEY, JSON.stringify(setup));
  } catch {
    // Not worth troubling the user about.
  }
}
