import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { createExternalStore } from './external-store';

/** The shape of vite-plugin-pwa's registerSW, injected so that tests can drive it. */
export type RegisterSW = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

export interface SwState {
  /** A new version is installed and waiting for the user's consent. */
  needRefresh: boolean;
  /** The first install finished: the whole app is cached and works offline. */
  offlineReady: boolean;
  /** The user accepted the update; state is being saved and the new version activated. */
  updating: boolean;
  /** Saving state before the reload failed, so the app did not reload. */
  saveFailed: boolean;
}

/** The service worker as the UI sees it: its state, update checks and the consented update. */
export interface SwController {
  getState: () => SwState;
  subscribe: (listener: () => void) => () => void;
  /** Asks the server for a new service worker (skipped offline or before registration). */
  checkForUpdate: () => Promise<void>;
  /** Saves state (see setBeforeReload), activates the waiting version and reloads into it. */
  applyUpdate: () => Promise<void>;
  /** Hides the banner; the waiting version then starts with the next launch. */
  dismiss: () => void;
  /** What must run before any reload into a new version (flushing stores), from this tab or another. */
  setBeforeReload: (save: () => void | Promise<void>) => void;
  dispose: () => void;
}

/** How often an open app asks for a new version. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;
/** If the new worker has not taken control by then, reload anyway (the new version waits for the next launch). */
export const RELOAD_FALLBACK_MS = 10_000;

export interface SwControllerOptions {
  register: RegisterSW;
  win?: Window;
  checkEveryMs?: number;
  /** Reloads the page (injected in tests: jsdom cannot reload). */
  reload?: () => void;
}

/** Registers the service worker and watches for new versions: periodically, on return to the tab and on reconnect. */
export function createSwController({
  register,
  win = window,
  checkEveryMs = UPDATE_CHECK_INTERVAL_MS,
  reload = () => win.location.reload(),
}: SwControllerOptions): SwController {
  const store = createExternalStore<SwState>({
    needRefresh: false,
    offlineReady: false,
    updating: false,
    saveFailed: false,
  });
  let registration: ServiceWorkerRegistration | undefined;
  let checking = false;
  let beforeReload: () => void | Promise<void> = () => {};

  const saveAndReload = async () => {
    try {
      await beforeReload();
    } catch {
      store.set({ updating: false, saveFailed: true });
      return;
    }
    reload();
  };

  const checkForUpdate = async () => {
    if (!registration || checking || !win.navigator.onLine || registration.installing) return;
    checking = true;
    try {
      await registration.update();
    } catch {
      // Server unreachable: the next check tries again.
    } finally {
      checking = false;
    }
  };
  const onVisibility = () => {
    if (win.document.visibilityState === 'visible') void checkForUpdate();
  };
  const onOnline = () => void checkForUpdate();
  let timer: number | undefined;
  function watch() {
    if (timer !== undefined) return;
    timer = win.setInterval(() => void checkForUpdate(), checkEveryMs);
    win.document.addEventListener('visibilitychange', onVisibility);
    win.addEventListener('online', onOnline);
  }

  const updateSW = register({
    onNeedRefresh: () => store.set({ needRefresh: true }),
    onOfflineReady: () => store.set({ offlineReady: true }),
    onRegisteredSW: (_url, r) => {
      registration = r;
      // Checks start only with a worker: no timer in dev, tests or browsers without service workers.
      if (r) watch();
    },
    // The new version took control (accepted here or in another tab): save, then reload into it.
    onNeedReload: () => void saveAndReload(),
    // No service worker (private mode, old browser): the app still runs online; nothing to tell.
    onRegisterError: () => {},
  });

  return {
    getState: store.get,
    subscribe: store.subscribe,
    checkForUpdate,
    async applyUpdate() {
      if (store.get().updating) return;
      store.set({ updating: true, saveFailed: false });
      try {
        await beforeReload();
      } catch {
        store.set({ updating: false, saveFailed: true });
        return;
      }
      await updateSW(true);
      win.setTimeout(reload, RELOAD_FALLBACK_MS);
    },
    dismiss: () => store.set({ needRefresh: false, saveFailed: false }),
    setBeforeReload(save) {
      beforeReload = save;
    },
    dispose() {
      if (timer !== undefined) win.clearInterval(timer);
      timer = undefined;
      win.document.removeEventListener('visibilitychange', onVisibility);
      win.removeEventListener('online', onOnline);
    },
  };
}
