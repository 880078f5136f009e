import { shuffle } from '../rng.ts';
import type { QuestionOption } from './question.ts';

/**
 * Up to `count` distinct values drawn in order of preference: each tier in `rng` order (sorted first,
 * so the result depends on the seed only), earlier tiers first.
 */
export function drawTiers<T>(
  tiers: readonly (readonly T[])[],
  count: number,
  rng: () => number,
  key: (value: T) => string = String,
): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const tier of tiers) {
    const sorted = [...tier].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    for (const value of shuffle(sorted, rng)) {
      if (out.length >= count) return out;
      const k = key(value);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(value);
    }
  }
  return out;
}

/** The right option among distractors, shuffled with `rng`: options and the right one's index. */
export function withAnswer(
  right: QuestionOption,
  wrong: readonly QuestionOption[],
  rng: () => number,
): { options: QuestionOption[]; answer: number } {
  const options = shuffle([right, ...wrong], rng);
  return { options, answer: options.indexOf(right) };
}
