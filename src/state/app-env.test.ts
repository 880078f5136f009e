import { describe, expect, it } from 'vitest';
import { blockedStorage, fillableStorage } from '../../tests/fillable-storage';
import { createMemoryStorage, openStorage } from './app-env';

describe('openStorage', () => {
  it('uses the browser storage when it works, even when it is full', () => {
    const memory = createMemoryStorage({ kept: '1' });
    expect(openStorage(() => memory)).toEqual({ storage: memory, blocked: false });
    expect(memory.length).toBe(1); // the probe leaves nothing behind
    const { storage, state } = fillableStorage();
    state.full = true;
    expect(openStorage(() => storage)).toEqual({ storage, blocked: false });
  });

  it('falls back to memory and says so when storage throws on every call or cannot be reached', () => {
    for (const get of [
      () => blockedStorage(),
      () => {
        throw new DOMException('denied', 'SecurityError');
      },
    ]) {
      const { storage, blocked } = openStorage(get);
      expect(blocked).toBe(true);
      storage.setItem('a', '1');
      expect(storage.getItem('a')).toBe('1');
    }
  });
});
