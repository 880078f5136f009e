import { describe, expect, it, vi } from 'vitest';
import { sameAsLast } from './study-queue';

describe('sameAsLast', () => {
  it('builds once for identical keys and again when any part changes', () => {
    const cards = {};
    const log: never[] = [];
    const build = vi.fn(() => ({ items: [] }));
    const first = sameAsLast([cards, log, 3], build);
    expect(sameAsLast([cards, log, 3], build)).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
    const other = sameAsLast([cards, [], 3], build);
    expect(other).not.toBe(first);
    sameAsLast([cards, log, 4], build);
    expect(build).toHaveBeenCalledTimes(3);
  });
});
