import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/root';
import { createI18n, startLanguage } from './i18n/i18n';
import { keepEarlyInstallOffer } from './pwa/early-install-offer';
import { openStorage } from './state/app-env';
import { createAppStores } from './state/stores';
import { createBrowserRouter } from './ui/router';
import './app/styles.css';

// Before anything else: the browser may offer installation before the installed-app layer loads.
keepEarlyInstallOffer();

async function start() {
  const { storage, blocked } = openStorage(() => window.localStorage);
  const stores = createAppStores({ storage, storageBlocked: blocked, now: () => Date.now() });
  // The UI strings and the dataset's small core (class and code names) download together; the first
  // render waits for both, so that no label grows (and shifts the layout) when names arrive. The
  // rest of the texts load per group, as screens show them (src/state/use-texts.ts).
  // Saved progress (returning learners only) is validated before the first render, in parallel.
  const language = startLanguage();
  const [i18n] = await Promise.all([
    createI18n({ language }),
    stores.content.getState().loadCore(language),
    stores.progress.getState().ready(),
  ]);
  const router = createBrowserRouter(import.meta.env.BASE_URL);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html lacks #root');
  const root = createRoot(container);
  // As a transition, the first render yields to the browser every few milliseconds instead of
  // blocking a slow phone's main thread in one long task; the prerendered screen in index.html
  // stays on display until the commit replaces it.
  startTransition(() => root.render(<Root i18n={i18n} stores={stores} router={router} />));
}

void start();
