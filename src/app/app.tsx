import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowseScreen } from '../features/browse/browse-screen';
import { QuizScreen } from '../features/quiz/quiz-screen';
import { SettingsScreen } from '../features/settings/settings-screen';
import { StatsScreen } from '../features/stats/stats-screen';
import { StudyScreen } from '../features/study/study-screen';
import { currentLanguage } from '../i18n/i18n';
import { usePath } from '../ui/router';
import { usePrefs, useStores } from '../state/stores';
import { PwaStatus } from '../pwa/pwa-status';
import { AppHeader } from './app-header';
import { NotFoundScreen } from './not-found-screen';
import { parseRoute, type Route, type ScreenName } from './routes';

function RouteView({ route }: { route: Route }) {
  switch (route.screen) {
    case 'study':
      return <StudyScreen />;
    case 'quiz':
      return <QuizScreen />;
    case 'browse':
    case 'code':
      return <BrowseScreen />;
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
  const route = parseRoute(usePath());
  const theme = usePrefs((s) => s.theme);
  const { content } = useStores();
  const lang = currentLanguage(i18n);

  useEffect(() => {
    document.title = t('app.title');
  }, [t, lang]);

  useEffect(() => {
    void content.getState().load(lang);
  }, [content, lang]);

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
      <main id="main" className="app-main">
        <RouteView route={route} />
      </main>
    </>
  );
}
