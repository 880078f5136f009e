// The installed-app layer is a lazy chunk (src/app/lazy-pwa.tsx), and Chromium may offer installation
// before it is in (a returning visitor whose service worker is already registered). The offer is kept
// here, from the app's entry, for the install controller to take.
let early: Event | undefined;

/** Keeps the browser's first install offer from now on (instead of its banner); returns a stop function. */
export function keepEarlyInstallOffer(win: Window = window): () => void {
  const onOffer = (event: Event) => {
    event.preventDefault();
    early = event;
  };
  win.addEventListener('beforeinstallprompt', onOffer, { once: true });
  return () => win.removeEventListener('beforeinstallprompt', onOffer);
}

/** The offer kept before anyone else listened, once; undefined when there was none. */
export function takeEarlyInstallOffer(): Event | undefined {
  const offer = early;
  early = undefined;
  return offer;
}
