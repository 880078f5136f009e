import { render, screen, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { preloadScreens } from '../src/app/lazy-screens';
import { Root } from '../src/app/root';
import type { Language } from '../src/domain/language';
import { createI18n, currentLanguage } from '../src/i18n/i18n';
import { createMemoryStorage, openStorage } from '../src/state/app-env';
import { createAppStores, type AppStores } from '../src/state/stores';
import { createBrowserRouter, type Router } from '../src/ui/router';

export interface RenderAppOptions {
  /** App-relative path to open, e.g. "/browse/404". */
  path?: string;
  /** Force a language; otherwise it is detected from storage and navigator.languages as in the app. */
  language?: Language;
  /** Storage shared between renders, to test what survives a reload. Defaults to a fresh one. */
  storage?: Storage;
  /** The clock the stores see. Defaults to a fixed date. */
  now?: () => number;
}

export interface RenderedApp extends RenderResult {
  user: ReturnType<typeof userEvent.setup>;
  i18n: I18n;
  stores: AppStores;
  router: Router;
  storage: Storage;
}

/** The fixed "now" of component tests: 2026-03-02 10:00 local time. */
export const TEST_NOW = new Date(2026, 2, 2, 10, 0, 0).getTime();

/** Renders the whole app as a user meets it: i18n, a fresh set of stores over `storage`, and the router at `path`. */
export async function renderApp(options: RenderAppOptions = {}): Promise<RenderedApp> {
  const storage = options.storage ?? createMemoryStorage();
  const now = options.now ?? (() => TEST_NOW);
  window.history.replaceState(null, '', options.path ?? '/');
  // As in the app (src/main.tsx): a storage that refuses every call is replaced by memory.
  const usable = openStorage(() => storage);
  const stores = createAppStores({ storage: usable.storage, storageBlocked: usable.blocked, now });
  const i18n = await createI18n(options.language ? { language: options.language } : {});
  await stores.content.getState().load(currentLanguage(i18n));
  await stores.progress.getState().ready();
  // Lazy screens render at once, as they do in the app once preloaded after the first screen.
  await preloadScreens();
  const router = createBrowserRouter('/');
  const user = userEvent.setup();
  const result = render(<Root i18n={i18n} stores={stores} router={router} />);
  await screen.findByRole('heading', { level: 1 });
  return { ...result, user, i18n, stores, router, storage };
}
