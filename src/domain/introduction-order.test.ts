import { describe, expect, it } from 'vitest';
import codesJson from '../../data/codes.json';
import orderJson from '../../data/introduction-order.json';
import { CODES } from './dataset';
import type { CodeFacts } from './dataset-schema';
import { ESSENTIAL_CODES, introductionRanks, type IntroductionOrder } from './introduction-order';
import { validateIntroductionOrder } from './introduction-order-validate';

const ORDER = orderJson as IntroductionOrder;

describe('introduction order', () => {
  it('lists every code of the dataset exactly once, with only registered codes among the essentials', () => {
    expect(validateIntroductionOrder(orderJson, codesJson as unknown as CodeFacts[])).toEqual([]);
    expect(ESSENTIAL_CODES).toEqual(
      expect.arrayContaining([
        200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 405, 409, 422, 429, 500, 502, 503, 504,
      ]),
    );
  });

  it('names each code that is missing, doubled, unknown or an unofficial essential', () => {
    const broken = {
      essentials: [...ORDER.essentials, 404, 444],
      registered: ORDER.registered.filter((c) => c !== 100),
      rare: [...ORDER.rare.filter((c) => c !== 444), 299],
    };
    const file = 'data/introduction-order.json';
    expect(validateIntroductionOrder(broken, CODES)).toEqual([
      { file, code: 404, field: 'essentials', message: 'listed twice' },
      {
        file,
        code: 444,
        field: 'essentials',
        message: 'an unofficial code cannot be an essential',
      },
      { file, code: 299, field: 'rare', message: 'not in data/codes.json' },
      { file, code: 100, field: '(root)', message: 'missing' },
    ]);
    expect(validateIntroductionOrder({ essentials: 'all' }, CODES)).toHaveLength(1);
  });

  it('ranks the essentials first, classes interleaved, and the rare codes last', () => {
    const ranks = introductionRanks('essentials');
    const rank = (c: number) => ranks.get(c) ?? Infinity;
    const lastEssential = Math.max(...ESSENTIAL_CODES.map(rank));
    expect(lastEssential).toBe(ESSENTIAL_CODES.length - 1);
    for (const c of ORDER.registered) expect(rank(c)).toBeGreaterThan(lastEssential);
    const firstRare = Math.min(...ORDER.rare.map(rank));
    for (const c of ORDER.registered) expect(rank(c)).toBeLessThan(firstRare);
    const firstTen = [...ranks].sort((a, b) => a[1] - b[1]).slice(0, 10);
    expect(new Set(firstTen.map(([code]) => Math.floor(code / 100))).size).toBeGreaterThanOrEqual(
      4,
    );
    // Within a class the file's priority holds: 404 before 405.
    expect(rank(404)).toBeLessThan(rank(405));
  });

  it('gives the same ranks every time it is asked, and numeric ranks in code order mode', () => {
    expect(introductionRanks('essentials')).toBe(introductionRanks('essentials'));
    const byCode = introductionRanks('code');
    const sorted = [...byCode].sort((a, b) => a[1] - b[1]).map(([code]) => code);
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
    expect(sorted).toHaveLength(CODES.length);
  });
});
