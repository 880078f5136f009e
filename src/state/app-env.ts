/** What the stores need from the outside world, injected so that tests control storage and time. */
export interface AppEnv {
  storage: Storage;
  now: () => number;
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

/** localStorage when the browser allows it, otherwise memory (private modes that throw on access). */
export function browserStorage(): Storage {
  try {
    const probe = '__hst_probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return createMemoryStorage();
  }
}
