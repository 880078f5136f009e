import { StrictMode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { StoresProvider, type AppStores } from '../state/stores';
import { RouterProvider, type Router } from '../ui/router';
import { App } from './app';
import './lazy-kinds';

/** The providers every tree needs (app and tests alike): i18n, stores and router. */
export function Root({ i18n, stores, router }: { i18n: I18n; stores: AppStores; router: Router }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoresProvider stores={stores}>
          <RouterProvider router={router}>
            <App />
          </RouterProvider>
        </StoresProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
