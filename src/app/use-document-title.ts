import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodeNames } from '../state/use-texts';
import type { Route } from './routes';

/**
 * Sets the tab's title for the route, in the UI language: "429 Too Many Requests · HTTP Status
 * Trainer" on a code's page, "Quiz · HTTP Status Trainer" on a screen — so that tabs, history and
 * screen readers tell pages apart.
 */
export function useDocumentTitle(route: Route): void {
  const { t } = useTranslation();
  const names = useCodeNames();
  const name =
    route.screen === 'code'
      ? [route.code, names?.[String(route.code)]].filter(Boolean).join(' ')
      : route.screen === 'not-found'
        ? t('screens.notFound.title')
        : t(`nav.${route.screen}`);
  const title = t('app.routeTitle', { page: name, app: t('app.name') });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
