import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../ui/language-select';
import { Link } from '../ui/router';
import { ThemeSelect } from '../ui/theme-select';
import { SCREENS, type ScreenName } from './routes';

/** The header on every screen: product name, the five screens, language and theme. */
export function AppHeader({ active }: { active: ScreenName | undefined }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__top">
        <Link to="/study" className="app-name">
          {t('app.name')}
        </Link>
        <div className="app-header__controls">
          <LanguageSelect className="field field--inline" />
          <ThemeSelect className="field field--inline" />
        </div>
      </div>
      <nav aria-label={t('nav.label')} className="app-nav">
        <ul>
          {SCREENS.map((screen) => (
            <li key={screen}>
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
