import { createExternalStore } from './external-store';
import { isStandalone } from './platform';

/** Chromium's install offer (not in the DOM typings). */
interface BeforeInstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export interface InstallState {
  /** The browser offered installation and the offer is still usable. */
  canInstall: boolean;
  /** Running as the installed app, or installed during this visit. */
  installed: boolean;
}

export type InstallOutcome = 'accepted' | 'dismissed' | 'unavailable';

/** The browser's install offer as the UI sees it. */
export interface InstallController {
  getState: () => InstallState;
  subscribe: (listener: () => void) => () => void;
  /** Shows the browser's install dialog; an offer can be used once. */
  promptInstall: () => Promise<InstallOutcome>;
  dispose: () => void;
}

/**
 * Keeps the browser's `beforeinstallprompt` offer for an Install button instead of the browser's
 * own banner; `earlyOffer` is one that came before it existed (early-install-offer.ts).
 */
export function createInstallController(
  win: Window = window,
  earlyOffer?: Event,
): InstallController {
  let offer: BeforeInstallPromptEvent | undefined;
  const store = createExternalStore<InstallState>({
    canInstall: false,
    installed: isStandalone(win),
  });
  const onOffer = (event: Event) => {
    event.preventDefault();
    offer = event as BeforeInstallPromptEvent;
    store.set({ canInstall: !store.get().installed });
  };
  const onInstalled = () => {
    offer = undefined;
    store.set({ canInstall: false, installed: true });
  };
  const standalone = win.matchMedia?.('(display-mode: standalone)');
  const onDisplayMode = () => {
    if (isStandalone(win)) store.set({ canInstall: false, installed: true });
  };
  if (earlyOffer) onOffer(earlyOffer);
  win.addEventListener('beforeinstallprompt', onOffer);
  win.addEventListener('appinstalled', onInstalled);
  standalone?.addEventListener('change', onDisplayMode);

  return {
    getState: store.get,
    subscribe: store.subscribe,
    async promptInstall() {
      const event = offer;
      if (!event) return 'unavailable';
      offer = undefined;
      store.set({ canInstall: false });
      await event.prompt();
      const { outcome } = await event.userChoice;
      return outcome;
    },
    dispose() {
      win.removeEventListener('beforeinstallprompt', onOffer);
      win.removeEventListener('appinstalled', onInstalled);
      standalone?.removeEventListener('change', onDisplayMode);
    },
  };
}
