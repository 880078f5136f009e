/** A tiny observable value for useSyncExternalStore: controllers that live outside React keep their state here. */
export interface ExternalStore<T extends object> {
  get: () => T;
  set: (patch: Partial<T>) => void;
  subscribe: (listener: () => void) => () => void;
}

/** Creates an observable value; `set` merges a patch and notifies only when something changed. */
export function createExternalStore<T extends object>(initial: T): ExternalStore<T> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      const changed = (Object.keys(patch) as (keyof T)[]).some((k) => patch[k] !== state[k]);
      if (!changed) return;
      state = { ...state, ...patch };
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
