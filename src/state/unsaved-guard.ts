import type { StoreApi } from 'zustand/vanilla';
import type { ProgressState } from './progress-state';

/** How often a failed save is tried again while answers exist only in memory. */
export const SAVE_RETRY_MS = 5_000;

/**
 * Keeps answers that storage refused from being lost: while any exist only in memory, saving is
 * tried again every few seconds, and the browser is asked to confirm leaving the page; whenever the
 * page is hidden or left (a reload, a closed tab) with answers unsaved, saving is tried once more.
 * Returns a stop function.
 */
export function guardUnsaved(store: StoreApi<ProgressState>, win: Window): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  let asking = false;
  const flush = () => void store.getState().flush();
  // Only what is unsaved is written when the page goes: writing a fully saved state again could put
  // an older one over what another tab saved since.
  const flushUnsaved = () => {
    if (store.getState().hasUnsaved()) flush();
  };
  const onHidden = () => {
    if (win.document.visibilityState === 'hidden') flushUnsaved();
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (store.getState().flush()) return;
    event.preventDefault();
    event.returnValue = ''; // what older browsers need to ask
  };
  const update = () => {
    const unsaved = store.getState().hasUnsaved();
    if (unsaved && timer === undefined) timer = setInterval(flush, SAVE_RETRY_MS);
    if (!unsaved && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
    // Listened to only while needed: some browsers keep no back/forward cache of pages that do.
    if (unsaved !== asking) {
      asking = unsaved;
      if (unsaved) win.addEventListener('beforeunload', onBeforeUnload);
      else win.removeEventListener('beforeunload', onBeforeUnload);
    }
  };
  const unsubscribe = store.subscribe(update);
  win.addEventListener('pagehide', flushUnsaved);
  win.document.addEventListener('visibilitychange', onHidden);
  update();
  return () => {
    unsubscribe();
    if (timer !== undefined) clearInterval(timer);
    win.removeEventListener('beforeunload', onBeforeUnload);
    win.removeEventListener('pagehide', flushUnsaved);
    win.document.removeEventListener('visibilitychange', onHidden);
  };
}
