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

/** Every two codes that share a confusion set, lower code first, each pair once, in code order. */
export function confusablePairs(sets: readonly { codes: readonly number[] }[]): [number, number][] {
  const seen = new Set<string>();
  const pairs: [number, number][] = [];
  for (const { codes } of sets)
    for (const a of codes)
      for (const b of codes) {
        if (a >= b || seen.has(`${a}-${b}`)) continue;
        seen.add(`${a}-${b}`);
        pairs.push([a, b]);
      }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
