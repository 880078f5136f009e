import type { AppStores } from '../state/stores';

type MaybeFlush = { flush?: unknown } | null | undefined;

/**
 * Puts every pending change into storage before the page reloads into a new version. The zustand
 * persist stores write synchronously on each change, so for them there is nothing to wait for; a
 * store whose state offers `flush()` (batched or asynchronous writes) is asked to write now and
 * awaited. Rejects when a flush fails, so that the caller does not reload.
 */
export async function flushStores(stores: AppStores): Promise<void> {
  const flushes = Object.values(stores).map((store: unknown) => {
    const getState = (store as { getState?: unknown } | null)?.getState;
    if (typeof getState !== 'function') return undefined;
    const { flush } = (getState() as MaybeFlush) ?? {};
    return typeof flush === 'function' ? (flush as () => unknown)() : undefined;
  });
  await Promise.all(flushes);
}
