import type { AppStores } from '../state/stores';

/** Thrown when progress is only in memory (storage full or blocked): reloading now would lose it. */
export class UnsavedProgressError extends Error {
  constructor() {
    super('Progress is not in storage; not reloading.');
    this.name = 'UnsavedProgressError';
  }
}

function isPersisted(store: unknown): store is { setState: (patch: object) => void } {
  return typeof store === 'object' && store !== null && 'persist' in store && 'setState' in store;
}

/**
 * Makes sure every change is in storage before the page reloads into a new version, and rejects
 * when it is not, so that the caller keeps the page. Progress saves through its own flush() (which
 * retries a failed save and reports whether storage holds everything); the other zustand persist
 * stores write synchronously on each change, and a no-op setState makes them write once more.
 */
export async function flushStores(stores: AppStores): Promise<void> {
  for (const store of Object.values(stores))
    if (store !== stores.progress && isPersisted(store)) store.setState({});
  if (!stores.progress.getState().flush()) throw new UnsavedProgressError();
}
