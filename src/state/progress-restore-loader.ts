import type * as Reader from './progress-reader';

/** The store's reading of saved progress: validator, merge and backups (progress-reader.ts). */
export type ProgressReader = typeof Reader;

let loaded: ProgressReader | undefined;
let loading: Promise<ProgressReader> | undefined;

/** The progress reader if it has been loaded already, else undefined. */
export function loadedRestore(): ProgressReader | undefined {
  return loaded;
}

/**
 * Loads the progress reader (the validator with zod and the schemas, the merge; ~11 KiB gzip) once.
 * It is a separate chunk because a first visit has no saved progress to check: only returning
 * learners, imports and other tabs' saves need it, and for those the service worker serves it from
 * the cache.
 */
export function loadRestore(): Promise<ProgressReader> {
  loading ??= import('./progress-reader').then(
    (m) => {
      loaded = m;
      return m;
    },
    (e: unknown) => {
      loading = undefined; // The next call tries again.
      throw e;
    },
  );
  return loading;
}
