import { vi } from 'vitest';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../domain/language';
import { createI18n } from '../../i18n/i18n';
import { createMemoryStorage } from '../../state/app-env';
import { createAppStores, StoresProvider, type AppStores } from '../../state/stores';
import { createInstallController } from '../install-controller';
import { preloadPwaParts, PwaHeaderItems, PwaStatus } from '../pwa-status';
import { createSwController } from '../sw-controller';
import { fakeRegister } from './fake-register';

export interface RenderPwaOptions {
  language?: Language;
  iosSafari?: boolean;
  storage?: Storage;
  /** Stores to provide (e.g. with an extra store that batches writes); fresh ones otherwise. */
  stores?: AppStores;
}

/** Renders the PWA layer (<PwaHeaderItems> and <PwaStatus>) alone with i18n and fresh stores, over a fake registration the test drives. */
export async function renderPwa(options: RenderPwaOptions = {}) {
  const fake = fakeRegister();
  const reload = vi.fn();
  const sw = createSwController({ register: fake.register, reload });
  const install = createInstallController(window);
  const storage = options.stores?.env.storage ?? options.storage ?? createMemoryStorage();
  const stores = options.stores ?? createAppStores({ storage, now: () => 0 });
  const i18n = await createI18n({ language: options.language ?? 'en' });
  const user = userEvent.setup();
  await preloadPwaParts();
  const result = render(
    <I18nextProvider i18n={i18n}>
      <StoresProvider stores={stores}>
        <PwaHeaderItems sw={sw} install={install} />
        <PwaStatus sw={sw} install={install} iosSafari={options.iosSafari ?? false} />
      </StoresProvider>
    </I18nextProvider>,
  );
  const dispose = () => {
    sw.dispose();
    install.dispose();
  };
  return { ...result, fake, reload, sw, install, stores, storage, user, dispose };
}
