import {
  createContext,
  useContext,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

/** A minimal history router: paths are app-relative ("/browse/404"), the base path is added and removed here. */
export interface Router {
  base: string;
  subscribe: (listener: () => void) => () => void;
  path: () => string;
  navigate: (to: string, options?: { replace?: boolean }) => void;
  href: (to: string) => string;
}

/** Builds a router over window.history for an app served under `base` (e.g. "/" or "/learn/"). */
export function createBrowserRouter(base: string): Router {
  const prefix = base.replace(/\/$/, '');
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  window.addEventListener('popstate', notify);
  const path = () => {
    const full = window.location.pathname;
    const rest = full.startsWith(prefix) ? full.slice(prefix.length) : full;
    return rest === '' ? '/' : rest;
  };
  return {
    base,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    path,
    href: (to) => `${prefix}${to}`,
    navigate(to, options) {
      const url = `${prefix}${to}`;
      if (options?.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      notify();
    },
  };
}

const RouterContext = createContext<Router | null>(null);

export function RouterProvider({ router, children }: { router: Router; children: ReactNode }) {
  return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

/** The router provided above; throws when missing so a test without the render helper fails loudly. */
export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter needs a <RouterProvider>');
  return router;
}

/** The current app-relative path, re-rendering on navigation. */
export function usePath(): string {
  const router = useRouter();
  return useSyncExternalStore(router.subscribe, router.path, router.path);
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** An anchor that navigates inside the app without a page load and keeps the browser's modifier-click behaviour. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const router = useRouter();
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    router.navigate(to);
  };
  return <a href={router.href(to)} onClick={handle} {...rest} />;
}
