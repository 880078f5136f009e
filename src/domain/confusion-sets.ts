import type { ConfusionSet } from './dataset-schema.ts';

/** The key naming a confusion set in the locale files: its codes in ascending order joined by "-". */
export function confusionSetKey(set: ConfusionSet): string {
  return set.codes.join('-');
}

/**
 * The codes that share a confusion set with `code`, nearest first: codes of the smallest set holding it
 * come before those of larger sets (401 → 403, 407, then 511), each code once, never `code` itself.
 */
export function confusableWith(code: number, sets: readonly ConfusionSet[]): number[] {
  const holding = sets
    .filter((s) => s.codes.includes(code))
    .sort((a, b) => a.codes.length - b.codes.length);
  const out: number[] = [];
  for (const set of holding)
    for (const c of set.codes) if (c !== code && !out.includes(c)) out.push(c);
  return out;
}
