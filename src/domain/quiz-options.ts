import { shuffle } from './rng.ts';

/** How many options a multiple-choice question offers. */
export const OPTION_COUNT = 4;

export interface OptionPool {
  /** The codes distractors may come from (the answer may be among them; it is never offered twice). */
  codes: readonly number[];
  /** Codes sharing a confusion set with the answer (data/confusion-sets.json): the first distractors. */
  confusable?: readonly number[];
  /** Codes the dataset lists as related to the answer: the next distractors. */
  related: readonly number[];
  /**
   * What the learner actually sees for a code (e.g. its name in the current language). Two codes with the
   * same key are never offered together, so no question has two options that read as the right answer.
   */
  keyOf?: (code: number) => string;
}

/**
 * Four distinct options (fewer only when the pool has fewer distinct codes), the answer always among them.
 * Distractors come from the codes confusable with the answer first, then its other related codes, then
 * the same class (first digit), then any other code; each tier is drawn in `rng` order and the final
 * order is shuffled with `rng`, so the same seed gives the same options.
 */
export function makeOptions(answer: number, pool: OptionPool, rng: () => number): number[] {
  const keyOf = pool.keyOf ?? String;
  const inPool = new Set(pool.codes);
  const cls = Math.floor(answer / 100);
  const confusable = (pool.confusable ?? []).filter((c) => c !== answer && inPool.has(c));
  const taken = new Set(confusable);
  const related = pool.related.filter((c) => c !== answer && inPool.has(c) && !taken.has(c));
  for (const c of related) taken.add(c);
  const rest = pool.codes.filter((c) => c !== answer && !taken.has(c));
  const sameClass = rest.filter((c) => Math.floor(c / 100) === cls);
  const otherClass = rest.filter((c) => Math.floor(c / 100) !== cls);
  // Sorted before shuffling so the result depends on the seed only, not on the order the pool came in.
  const tiers = [confusable, related, sameClass, otherClass].map((tier) =>
    shuffle(
      [...new Set(tier)].sort((a, b) => a - b),
      rng,
    ),
  );

  const chosen = [answer];
  const seenKeys = new Set([keyOf(answer)]);
  for (const tier of tiers)
    for (const code of tier) {
      if (chosen.length === OPTION_COUNT) break;
      const key = keyOf(code);
      if (seenKeys.has(key)) continue;
      seenKeys.add(key);
      chosen.push(code);
    }
  return shuffle(chosen, rng);
}

/** The option letter shown for an option index (0 → "A"), also the keyboard key that picks it. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** The code a typed answer means: exactly three digits (surrounding spaces ignored), else undefined. */
export function parseTypedCode(input: string): number | undefined {
  const trimmed = input.trim();
  // Full-width digits come from Chinese IMEs; accept them as the digits they are.
  const ascii = trimmed.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return /^\d{3}$/.test(ascii) ? Number(ascii) : undefined;
}
