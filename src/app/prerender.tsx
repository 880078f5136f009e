import { renderToString } from 'react-dom/server';
import type { Language } from '../domain/language';
import { createI18n } from '../i18n/i18n';
import { createMemoryStorage } from '../state/app-env';
import { createAppStores } from '../state/stores';
import { createBrowserRouter } from '../ui/router';
import { Root } from './root';

/**
 * The markup of the app's first screen for a first visit in `language` (no saved data, Study at the
 * base path), rendered at build time into index.html so that it paints before any script has run.
 * Needs a DOM-like global `window` at the base path (src/app/build/prerender-html.ts provides one).
 */
export async function prerenderFirstVisit(language: Language, base: string): Promise<string> {
  // A first visit's overview shows no dates, so the clock does not change the markup.
  const stores = createAppStores({ storage: createMemoryStorage(), now: () => 0 });
  const [i18n] = await Promise.all([
    createI18n({ language }),
    stores.content.getState().loadCore(language),
    stores.progress.getState().ready(),
  ]);
  // renderToString reads zustand's server snapshot, the state a store was created with; these stores
  // are loaded before rendering, so that their current state is the one to show.
  for (const store of [stores.prefs, stores.content, stores.progress]) {
    store.getInitialState = store.getState;
  }
  return renderToString(<Root i18n={i18n} stores={stores} router={createBrowserRouter(base)} />);
}
