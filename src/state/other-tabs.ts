import type { StoreApi } from 'zustand/vanilla';
import type { AppEnv } from './app-env';
import { PROGRESS_STORAGE_KEY, type ProgressStorage } from './progress-persistence';
import { loadedRestore, loadRestore, type ProgressReader } from './progress-restore-loader';
import { dataOf, type ProgressState } from './progress-state';

export interface OtherTabsContext {
  env: AppEnv;
  storage: ProgressStorage;
  store: StoreApi<ProgressState>;
  /** Whether saved progress has been read: before that there is nothing to merge into. */
  hydrated: () => boolean;
  /** Stops saving: storage holds what must not be written over (a newer version's save, say). */
  hold: () => void;
}

/**
 * Listens for another tab's saves and merges them into this tab's progress, so that answers given in
 * either survive; damaged saves are backed up and a newer version's save is left alone (see
 * readSaved). Returns a function that stops listening.
 */
export function listenToOtherTabs(ctx: OtherTabsContext, win: Window): () => void {
  const { env, storage, store } = ctx;
  function onStorage(event: StorageEvent) {
    if (event.key !== PROGRESS_STORAGE_KEY || event.newValue === null) return;
    if (event.storageArea && event.storageArea !== env.storage) return;
    // Before hydration there is nothing to merge into: hydration reads what they saved.
    if (!ctx.hydrated() || event.newValue === storage.lastText) return;
    const text = event.newValue;
    const reader = loadedRestore();
    if (reader) mergeSaved(text, reader);
    else void loadRestore().then((loaded) => mergeSaved(text, loaded));
  }

  function mergeSaved(text: string, reader: ProgressReader) {
    if (text === storage.lastText) return;
    const { data, problem, hold } = reader.readSaved(text, text, env);
    storage.lastText = text;
    if (hold) ctx.hold();
    if (problem) store.setState({ readProblem: problem });
    // Their write is the latest, so their settings win; the logs are united. A newer version's save
    // is not ours to read: this tab keeps what it has.
    if (data) store.setState(reader.mergeProgress(data, dataOf(store.getState())));
  }
  win.addEventListener('storage', onStorage);
  return () => win.removeEventListener('storage', onStorage);
}
