// The installed-app layer (network chip, Install, update banner, iOS hint, backup reminder) appears
// after the first paint in room that exists already, and the service worker registers only once the
// page is idle: none of it is needed for the first card, so it is a chunk of its own, requested as
// the app first renders. The prerendered first screen (renderToString) leaves it out.
import { useSyncExternalStore } from 'react';
import { lazyPart, type LazyPart } from '../ui/lazy-part';
import type { PwaStatusProps } from '../pwa/pwa-status';

const layer = () => import('../pwa/pwa-status');
const HeaderItems = lazyPart(() => layer().then((m) => m.PwaHeaderItems));
const Strip = lazyPart(() => layer().then((m) => m.PwaStatus));

const never = () => () => undefined;
/** True in the browser, false while prerendering (renderToString reads the server snapshot). */
const useInBrowser = () =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );

function inBrowserOnly<P extends object>(Part: LazyPart<P>) {
  return function InBrowser(props: P) {
    return useInBrowser() ? <Part {...props} /> : null;
  };
}

/** The header's network chip and Install button. */
export const PwaHeaderItems = inBrowserOnly<Pick<PwaStatusProps, 'sw' | 'install'>>(HeaderItems);

/** The strip under the header: update banner, iOS install hint, backup reminder. */
export const PwaStatus = inBrowserOnly<PwaStatusProps>(Strip);

/** Downloads the whole layer, its rarely shown parts included (tests render them at once). */
export function preloadPwa(): Promise<void> {
  return Promise.all([
    HeaderItems.preload(),
    Strip.preload(),
    layer().then((m) => m.preloadPwaParts()),
  ]).then(() => undefined);
}
