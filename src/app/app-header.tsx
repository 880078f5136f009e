import { useTranslation } from 'react-i18next';
import { PwaHeaderItems } from './lazy-pwa';
import { LanguageSelect } from '../ui/language-select';
import { Link } from '../ui/router';
import { preloadScreen } from './lazy-screens';
import { SCREENS, type ScreenName } from './routes';

/** The screen a nav event concerns, from the data-screen of the link it happened on. */
function screenOf(target: EventTarget): ScreenName | undefined {
  const link = target instanceof Element ? target.closest('[data-screen]') : null;
  const name = link?.getAttribute('data-screen');
  return SCREENS.find((s) => s === name);
}

/**
 * The header on every screen: product name, network status, Install, a compact language picker (the
 * theme and the full language setting are in Settings), and the five screens — a tab bar at the
 * bottom of a phone's screen, where all five fit at 320 px and sit under the thumb.
 */
export function AppHeader({ active }: { active: ScreenName | undefined }) {
  const { t } = useTranslation();
  // A screen's code downloads when the pointer, a touch or the focus reaches its link, before the click.
  const intent = (e: { target: EventTarget }) => {
    const screen = screenOf(e.target);
    if (screen) preloadScreen(screen);
  };
  return (
    <header className="app-header">
      <div className="app-header__top">
        <Link to="/study" className="app-name">
          {t('app.name')}
        </Link>
        <PwaHeaderItems />
        <LanguageSelect className="app-header__language" compact />
      </div>
      <nav
        aria-label={t('nav.label')}
        className="app-nav"
        onPointerOver={intent}
        onTouchStart={intent}
        onFocus={intent}
      >
        <ul>
          {SCREENS.map((screen) => (
            <li key={screen} data-screen={screen}>
              <Link to={`/${screen}`} aria-current={screen === active ? 'page' : undefined}>
                {t(`nav.${screen}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
