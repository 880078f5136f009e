import type { RegisterSW } from './sw-controller';

/**
 * Runs `start` once the page has loaded and the browser is idle (within `timeoutMs` of the load), so
 * that the service worker's registration (workbox-window, then the whole precache download) never
 * competes with what the first card needs.
 */
export function afterLoadWhenIdle(start: () => void, win: Window = window, timeoutMs = 2000): void {
  const whenIdle = () => {
    if (typeof win.requestIdleCallback === 'function')
      win.requestIdleCallback(() => start(), { timeout: timeoutMs });
    else win.setTimeout(start, 0);
  };
  if (win.document.readyState === 'complete') whenIdle();
  else win.addEventListener('load', whenIdle, { once: true });
}

/**
 * `register`, called later by `defer`: the returned updater waits for nothing and does nothing until
 * the registration has started (no version can be waiting before that).
 */
export function deferRegister(
  register: RegisterSW,
  defer: (start: () => void) => void = afterLoadWhenIdle,
): RegisterSW {
  return (options) => {
    let update: ReturnType<RegisterSW> | undefined;
    defer(() => {
      update = register(options);
    });
    return async (reloadPage) => {
      await update?.(reloadPage);
    };
  };
}
