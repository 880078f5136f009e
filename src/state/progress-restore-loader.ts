import type { restoreProgress } from '../domain/progress-restore';

export type RestoreProgress = typeof restoreProgress;

let loaded: RestoreProgress | undefined;
let loading: Promise<RestoreProgress> | undefined;

/** The progress validator if it has been loaded already, else undefined. */
export function loadedRestore(): RestoreProgress | undefined {
  return loaded;
}

/**
 * Loads the progress validator (zod and the schemas, ~9 KiB gzip) once. It is a separate chunk because
 * a first visit has no saved progress to check: only returning learners, imports and other tabs' saves
 * need it, and for those the service worker serves it from the cache.
 */
export function loadRestore(): Promise<RestoreProgress> {
  loading ??= import('../domain/progress-restore').then(
    (m) => {
      loaded = m.restoreProgress;
      return loaded;
    },
    (e: unknown) => {
      loading = undefined; // The next call tries again.
      throw e;
    },
  );
  return loading;
}
