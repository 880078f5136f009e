import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, shuffle } from './rng';

describe('rng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('spreads values over [0, 1)', () => {
    const rng = createRng(7);
    const buckets = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) buckets[Math.floor(rng() * 4)]! += 1;
    for (const n of buckets) expect(n).toBeGreaterThan(850);
  });

  it('shuffles into a permutation without touching the input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = [...items];
        const out = shuffle(items, createRng(seed));
        expect(items).toEqual(copy);
        expect([...out].sort()).toEqual([...items].sort());
      }),
      { numRuns: 100 },
    );
  });

  it('shuffles the same way for the same seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffle(items, createRng(1))).toEqual(shuffle(items, createRng(1)));
    expect(shuffle(items, createRng(1))).not.toEqual(items);
  });
});
