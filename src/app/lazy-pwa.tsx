// The installed-app layer (network chip, Install, update banner, iOS hint, backup reminder) appears
// after the first paint in room that exists already, and the service worker registers only once the
// page is idle: none of it is needed for the first card, so it is a chunk of its own. The prerendered
// first screen (renderToString) leaves it out.
import { useSyncExternalStore } from 'react';
import { lazyPart, whenIdle, type LazyPart } from '../ui/lazy-part';
import type { PwaStatusProps } from '../pwa/pwa-status';

const layer = () => import('../pwa/pwa-status');
const HeaderItems = lazyPart(() => layer().then((m) => m.PwaHeaderItems));
const Strip = lazyPart(() => layer().then((m) => m.PwaStatus));

// Asked for once the browser is idle after the first render, so that it never competes with the
// first card (nor counts in its load); at once where it is already downloaded (tests preload it).
let idle = false;
let scheduled = false;
const waiting = new Set<() => void>();
function subscribeIdle(listener: () => void): () => void {
  waiting.add(listener);
  if (!scheduled) {
    scheduled = true;
    whenIdle(() => {
      idle = true;
      for (const l of waiting) l();
    });
  }
  return () => waiting.delete(listener);
}

/** Renders `Part` in the browser once idle (never while prerendering: renderToString reads the server snapshot). */
function afterIdle<P extends object>(Part: LazyPart<P>) {
  return function AfterIdle(props: P) {
    const show = useSyncExternalStore(
      subscribeIdle,
      () => idle || Part.ready(),
      () => false,
    );
    return show ? <Part {...props} /> : null;
  };
}

/** The header's network chip and Install button. */
export const PwaHeaderItems = afterIdle<Pick<PwaStatusProps, 'sw' | 'install'>>(HeaderItems);

/** The strip under the header: update banner, iOS install hint, backup reminder. */
export const PwaStatus = afterIdle<PwaStatusProps>(Strip);

/** Downloads the whole layer, its rarely shown parts included (tests render them at once). */
export function preloadPwa(): Promise<void> {
  return Promise.all([
    HeaderItems.preload(),
    Strip.preload(),
    layer().then((m) => m.preloadPwaParts()),
  ]).then(() => undefined);
}
