import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confusablesOf } from './confusables';
import { CODES, findCode } from './dataset';
import { makeOptions, optionLetter, parseTypedCode } from './quiz-options';
import { createRng } from './rng';

const ALL = CODES.map((c) => c.code);
const official = CODES.filter((c) => c.status !== 'unofficial').map((c) => c.code);
const relatedOf = (code: number) => findCode(code)?.related ?? [];

describe('makeOptions (multiple-choice distractors)', () => {
  it('gives four distinct options with the answer among them, for every code and many seeds', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL), fc.integer(), (answer, seed) => {
        const options = makeOptions(
          answer,
          { codes: ALL, related: relatedOf(answer) },
          createRng(seed),
        );
        expect(options).toHaveLength(4);
        expect(new Set(options).size).toBe(4);
        expect(options).toContain(answer);
        for (const o of options) expect(ALL).toContain(o);
      }),
      { numRuns: 500 },
    );
  });

  it('prefers related codes: 404 with four related codes gets three of them', () => {
    const related = relatedOf(404);
    expect(related.length).toBeGreaterThanOrEqual(3);
    for (let seed = 0; seed < 50; seed++) {
      const options = makeOptions(404, { codes: official, related }, createRng(seed));
      const distractors = options.filter((o) => o !== 404);
      expect(distractors.every((d) => related.includes(d))).toBe(true);
    }
  });

  it('draws distractors from the confusion sets of the answer first, for every code and many seeds', () => {
    fc.assert(
      fc.property(fc.constantFrom(...official), fc.integer(), (answer, seed) => {
        const confusable = confusablesOf(answer).filter((c) => official.includes(c));
        const options = makeOptions(
          answer,
          { codes: official, confusable, related: relatedOf(answer) },
          createRng(seed),
        );
        const distractors = options.filter((o) => o !== answer);
        if (confusable.length >= 3) expect(confusable).toEqual(expect.arrayContaining(distractors));
        else expect(distractors).toEqual(expect.arrayContaining(confusable));
      }),
      { numRuns: 500 },
    );
  });

  it('asks 301 with three of its redirect siblings, never a code from outside the set', () => {
    for (let seed = 0; seed < 50; seed++) {
      const options = makeOptions(
        301,
        { codes: official, confusable: confusablesOf(301), related: relatedOf(301) },
        createRng(seed),
      );
      expect(options.every((o) => [301, 302, 303, 307, 308].includes(o))).toBe(true);
    }
  });

  it('fills up after the related codes with codes of the same class', () => {
    // 101 lists only 100 as related: the other two distractors must be 1xx codes.
    for (let seed = 0; seed < 50; seed++) {
      const options = makeOptions(101, { codes: official, related: [100] }, createRng(seed));
      expect(options).toContain(100);
      expect(options.every((o) => Math.floor(o / 100) === 1)).toBe(true);
    }
  });

  it('goes to other classes only when the class has too few codes', () => {
    const options = makeOptions(
      200,
      { codes: [200, 201, 404, 500, 503], related: [] },
      createRng(1),
    );
    expect(options).toHaveLength(4);
    expect(options).toContain(201);
  });

  it('never offers a related code that is outside the pool', () => {
    // 408 is related to 499 (unofficial); a pool of official codes must not offer it.
    for (let seed = 0; seed < 30; seed++) {
      const options = makeOptions(
        408,
        { codes: official, related: relatedOf(408) },
        createRng(seed),
      );
      expect(options).not.toContain(499);
    }
  });

  it('is deterministic for a seed and varies across seeds', () => {
    const pool = { codes: ALL, related: relatedOf(302) };
    expect(makeOptions(302, pool, createRng(42))).toEqual(makeOptions(302, pool, createRng(42)));
    const orders = new Set(
      Array.from({ length: 20 }, (_, seed) => makeOptions(302, pool, createRng(seed)).join()),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('does not depend on the order the pool is given in', () => {
    const pool = { codes: ALL, related: relatedOf(500) };
    const reversed = { codes: [...ALL].reverse(), related: [...relatedOf(500)].reverse() };
    expect(makeOptions(500, pool, createRng(7))).toEqual(makeOptions(500, reversed, createRng(7)));
  });

  it('shuffles the answer position', () => {
    const positions = new Set(
      Array.from({ length: 40 }, (_, seed) =>
        makeOptions(404, { codes: ALL, related: relatedOf(404) }, createRng(seed)).indexOf(404),
      ),
    );
    expect(positions.size).toBe(4);
  });

  it('never offers two codes that read the same (e.g. two "(Unused)" names)', () => {
    const names: Record<number, string> = { 306: '(Unused)', 418: '(Unused)' };
    const keyOf = (code: number) => names[code] ?? String(code);
    for (let seed = 0; seed < 30; seed++) {
      const options = makeOptions(306, { codes: official, related: [418], keyOf }, createRng(seed));
      expect(options).not.toContain(418);
      expect(options).toHaveLength(4);
    }
  });

  it('returns every code when the pool is smaller than four', () => {
    const options = makeOptions(200, { codes: [200, 201], related: [] }, createRng(3));
    expect([...options].sort()).toEqual([200, 201]);
  });
});

describe('typed answers and letters', () => {
  it('reads three digits, ignoring spaces and accepting full-width digits', () => {
    expect(parseTypedCode(' 404 ')).toBe(404);
    expect(parseTypedCode('４０４')).toBe(404);
    expect(parseTypedCode('999')).toBe(999);
    expect(parseTypedCode('40')).toBeUndefined();
    expect(parseTypedCode('4044')).toBeUndefined();
    expect(parseTypedCode('abc')).toBeUndefined();
  });

  it('letters options A–D', () => {
    expect([0, 1, 2, 3].map(optionLetter)).toEqual(['A', 'B', 'C', 'D']);
  });
});
