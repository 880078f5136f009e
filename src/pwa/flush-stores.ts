import type { AppStores } from '../state/stores';

/** Thrown when progress is only in memory (storage full or blocked): reloading now would lose it. */
export class UnsavedProgressError extends Error {
  constructor(kind: string) {
    super(`Progress is not saved (${kind}); not reloading.`);
    this.name = 'UnsavedProgressError';
  }
}

function isPersisted(store: unknown): store is { setState: (patch: object) => void } {
  return typeof store === 'object' && store !== null && 'persist' in store && 'setState' in store;
}

/**
 * Makes sure every change is in storage before the page reloads into a new version, and refuses
 * (rejects) when it is not. The zustand persist stores write synchronously on each change, so
 * nothing is pending in the normal case; there is no flush API in src/state, so a no-op setState
 * on each persisted store makes it write again, which retries a save that failed earlier (the
 * progress storage skips writes that change nothing). If progress still reports a failed save
 * (quota, blocked storage), the latest answers exist only in this page: reloading would lose them.
 */
export async function flushStores(stores: AppStores): Promise<void> {
  for (const store of Object.values(stores)) if (isPersisted(store)) store.setState({});
  const problem = stores.progress.getState().problem;
  if (problem?.kind === 'quota' || problem?.kind === 'save-failed')
    throw new UnsavedProgressError(problem.kind);
}
