import { describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from './app-env';
import { createDurabilityStore } from './durability-store';
import { createAppStores } from './stores';

describe('durability store', () => {
  it('asks the browser on start whether storage is persisted', async () => {
    for (const [answer, persistence] of [
      [true, 'persisted'],
      [false, 'best-effort'],
    ] as const) {
      const store = createDurabilityStore({ persisted: () => Promise.resolve(answer) });
      expect(store.getState().persistence).toBe('unknown');
      await vi.waitFor(() => expect(store.getState().persistence).toBe(persistence));
    }
    expect(createDurabilityStore(undefined).getState().persistence).toBe('unsupported');
    const failing = createDurabilityStore({ persisted: () => Promise.reject(new Error('no')) });
    await failing.getState().check();
    expect(failing.getState().persistence).toBe('unknown');
  });

  it('records the answer to the request made after the first review', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    const persisted = vi.fn(() => Promise.resolve(false));
    vi.stubGlobal('navigator', { storage: { persist, persisted } });
    try {
      const stores = createAppStores({ storage: createMemoryStorage(), now: () => 1_000 });
      await stores.progress.getState().ready();
      await vi.waitFor(() => expect(stores.durability.getState().persistence).toBe('best-effort'));
      stores.progress.getState().answer('404:recall', 3, 1_000);
      await vi.waitFor(() => expect(stores.durability.getState().persistence).toBe('persisted'));
      expect(persist).toHaveBeenCalledTimes(1);
      stores.progress.getState().stopSync();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
