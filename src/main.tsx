import { createRoot } from 'react-dom/client';
import { Root } from './app/root';
import { createI18n } from './i18n/i18n';
import { browserStorage } from './state/app-env';
import { createAppStores } from './state/stores';
import { createBrowserRouter } from './ui/router';
import './app/styles.css';

async function start() {
  const stores = createAppStores({ storage: browserStorage(), now: () => Date.now() });
  const i18n = await createI18n();
  // No wait for the dataset texts: each screen loads the groups it shows (src/state/use-texts.ts).
  const router = createBrowserRouter(import.meta.env.BASE_URL);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html lacks #root');
  createRoot(container).render(<Root i18n={i18n} stores={stores} router={router} />);
}

void start();
