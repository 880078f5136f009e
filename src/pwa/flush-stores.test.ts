import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createMemoryStorage } from '../state/app-env';
import { createAppStores, type AppStores } from '../state/stores';
import { flushStores } from './flush-stores';

function withExtraStore(flush: () => unknown): AppStores {
  const stores = createAppStores({ storage: createMemoryStorage(), now: () => 0 });
  const batched = createStore(() => ({ flush }));
  return { ...stores, batched } as AppStores;
}

describe('flushStores', () => {
  it('waits for every store that batches its writes to write them', async () => {
    let written = false;
    const stores = withExtraStore(async () => {
      await new Promise((r) => setTimeout(r, 5));
      written = true;
    });
    await flushStores(stores);
    expect(written).toBe(true);
  });

  it('resolves for the stores that write synchronously on every change', async () => {
    const stores = createAppStores({ storage: createMemoryStorage(), now: () => 0 });
    stores.prefs.getState().setTheme('dark');
    await expect(flushStores(stores)).resolves.toBeUndefined();
    expect(stores.env.storage.getItem('hst-prefs')).toContain('dark');
  });

  it('rejects when a write fails, so the caller keeps the page', async () => {
    const stores = withExtraStore(vi.fn(() => Promise.reject(new Error('quota exceeded'))));
    await expect(flushStores(stores)).rejects.toThrow('quota exceeded');
  });
});
