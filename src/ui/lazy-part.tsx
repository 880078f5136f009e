import { createElement, lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/** A part of a screen downloaded when first needed (or by `preload`), rendering nothing until then. */
export interface LazyPart<P extends object> {
  (props: P): ReactNode;
  /** Starts the download; resolves once the part renders without waiting. */
  preload: () => Promise<void>;
  /** True once downloaded: the part then renders at once. */
  ready: () => boolean;
}

/**
 * A rarely shown part of a screen (an answer form that the first card never needs, a notice) kept out
 * of the first load: it downloads on first use or when `preload` is called (when the browser is idle),
 * and once downloaded it renders at once, without suspending.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let job: Promise<void> | undefined;
  const preload = () =>
    (job ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        job = undefined; // the next use retries (e.g. after a network error)
        throw error;
      },
    ));
  const Lazy = lazy(async () => {
    await preload();
    return { default: loaded as ComponentType<P> };
  });
  function Part(props: P) {
    if (loaded) return createElement(loaded, props);
    return <Suspense fallback={null}>{createElement(Lazy as ComponentType<P>, props)}</Suspense>;
  }
  Part.preload = preload;
  Part.ready = () => loaded !== undefined;
  return Part;
}

/** Runs `work` once the browser is idle (soon, where idle callbacks do not exist). */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 3000 });
  else setTimeout(work, 200);
}
