import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { StudyScreen } from '../features/study/study-screen';
import { currentLanguage } from '../i18n/i18n';
import { usePath } from '../ui/router';
import { StorageNotice } from '../ui/storage-notice';
import { usePrefs } from '../state/stores';
import { PwaStatus } from './lazy-pwa';
import { AppHeader } from './app-header';
import {
  BrowseScreen,
  CodeDetailScreen,
  QuizScreen,
  SettingsScreen,
  StatsScreen,
} from './lazy-screens';
import { NotFoundScreen } from './not-found-screen';
import { parseRoute, type Route, type ScreenName } from './routes';
import { ScreenBoundary } from './screen-boundary';
import { useBackgroundLoads } from './use-background-loads';
import { useDocumentTitle } from './use-document-title';

function RouteView({ route }: { route: Route }) {
  switch (route.screen) {
    case 'study':
      return <StudyScreen />;
    case 'quiz':
      return <QuizScreen />;
    case 'browse':
      return <BrowseScreen />;
    case 'code':
      return <CodeDetailScreen key={route.code} code={route.code} />;
    case 'stats':
      return <StatsScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'not-found':
      return <NotFoundScreen />;
  }
}

function activeScreen(route: Route): ScreenName | undefined {
  if (route.screen === 'code') return 'browse';
  return route.screen === 'not-found' ? undefined : route.screen;
}

/** The whole app: header, the current route's screen, and the document-level effects of language and theme. */
export function App() {
  const { t, i18n } = useTranslation();
  const path = usePath();
  const route = parseRoute(path);
  const theme = usePrefs((s) => s.theme);
  const lang = currentLanguage(i18n);

  useDocumentTitle(route);

  useBackgroundLoads(lang);

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader active={activeScreen(route)} />
      <PwaStatus />
      <StorageNotice />
      <main id="main" className="app-main">
        <ScreenBoundary key={path}>
          <RouteView route={route} />
        </ScreenBoundary>
      </main>
    </>
  );
}
