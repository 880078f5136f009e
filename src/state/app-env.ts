/** What the stores need from the outside world, injected so that tests control storage and time. */
export interface AppEnv {
  storage: Storage;
  now: () => number;
  /** True when the browser refused storage and `storage` is memory: nothing outlives the tab. */
  storageBlocked?: boolean;
}

/** An in-memory Storage for tests and for browsers that refuse localStorage. */
export function createMemoryStorage(initial: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

function isQuota(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
}

/**
 * The storage `get` gives when the browser lets the app use it (a full one included), otherwise
 * memory, with `blocked` set: private modes and blocked site data throw on access or on every call.
 */
export function openStorage(get: () => Storage): { storage: Storage; blocked: boolean } {
  try {
    const storage = get();
    storage.getItem('__hst_probe__');
    try {
      storage.setItem('__hst_probe__', '1');
      storage.removeItem('__hst_probe__');
    } catch (e) {
      if (!isQuota(e)) throw e; // full is not blocked: reading works, and saving may again
    }
    return { storage, blocked: false };
  } catch {
    return { storage: createMemoryStorage(), blocked: true };
  }
}
