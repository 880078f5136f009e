import { describe, expect, it } from 'vitest';
import { CODES } from './dataset';
import { groupOfClass, groupOfCode, MAX_CODES_PER_TEXT_GROUP, textGroups } from './text-groups';

const codes = CODES.map((c) => c.code);

describe('text groups', () => {
  const groups = textGroups(codes);

  it('hold every code exactly once, in code order', () => {
    expect(groups.flat()).toEqual([...codes].sort((a, b) => a - b));
  });

  it('never mix classes and never exceed the maximum size', () => {
    for (const group of groups) {
      expect(group.length).toBeGreaterThan(0);
      expect(group.length).toBeLessThanOrEqual(MAX_CODES_PER_TEXT_GROUP);
      expect(new Set(group.map((c) => Math.floor(c / 100))).size).toBe(1);
    }
  });

  it('cut a large class into runs whose sizes differ by at most one', () => {
    const fourXx = groups.filter((g) => Math.floor((g[0] ?? 0) / 100) === 4);
    expect(fourXx.length).toBeGreaterThan(1);
    const sizes = fourXx.map((g) => g.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('are the same whatever the input order or duplicates', () => {
    expect(textGroups([...codes].reverse().concat(codes))).toEqual(groups);
  });

  it('split 21 codes of one class with max 10 into 7 + 7 + 7', () => {
    const many = Array.from({ length: 21 }, (_, i) => 500 + i);
    expect(textGroups(many, 10).map((g) => g.length)).toEqual([7, 7, 7]);
  });

  it('find the group of a code and the first group of a class', () => {
    expect(groups[groupOfCode(groups, 404)]).toContain(404);
    expect(groupOfCode(groups, 999)).toBe(-1);
    const first4xx = groupOfClass(groups, 4);
    expect(groups[first4xx]?.[0]).toBe(400);
    expect(groups.findIndex((g) => g.includes(400))).toBe(first4xx);
    expect(groupOfClass(groups, 9)).toBe(-1);
  });
});
