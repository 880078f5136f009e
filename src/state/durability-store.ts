import { createStore, type StoreApi } from 'zustand/vanilla';

/**
 * Whether the browser keeps the app's storage: 'persisted' (granted: not evicted on its own),
 * 'best-effort' (may be evicted: Safari after seven days of use without a visit, any browser when the
 * disk fills up), 'unknown' until asked, 'unsupported' where the Storage API is missing.
 */
export type Persistence = 'persisted' | 'best-effort' | 'unknown' | 'unsupported';

export interface DurabilityState {
  persistence: Persistence;
  /** Asks the browser (navigator.storage.persisted()); done once when the store is created. */
  check: () => Promise<void>;
  /** Records the browser's answer to a request for persistent storage (made after the first review). */
  record: (granted: boolean) => void;
}

type StorageManagerLike = Pick<StorageManager, 'persisted'> | undefined;

/** How safe the app's storage is from the browser's own eviction, asked on creation. */
export function createDurabilityStore(
  storage: StorageManagerLike = (globalThis as { navigator?: Navigator }).navigator?.storage,
): StoreApi<DurabilityState> {
  const store = createStore<DurabilityState>()((set, get) => ({
    persistence: typeof storage?.persisted === 'function' ? 'unknown' : 'unsupported',
    async check() {
      if (typeof storage?.persisted !== 'function') return;
      try {
        const persisted = await storage.persisted();
        set({ persistence: persisted ? 'persisted' : 'best-effort' });
      } catch {
        // Left as it was: 'unknown' says nothing false.
      }
    },
    record(granted) {
      if (granted) set({ persistence: 'persisted' });
      else if (get().persistence !== 'unsupported') set({ persistence: 'best-effort' });
    },
  }));
  void store.getState().check();
  return store;
}
