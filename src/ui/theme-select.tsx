import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES, type Theme } from '../state/prefs-store';
import { usePrefs } from '../state/stores';

/** A labelled select for System / Light / Dark. */
export function ThemeSelect({ className }: { className?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const theme = usePrefs((s) => s.theme);
  const setTheme = usePrefs((s) => s.setTheme);
  return (
    <div className={className}>
      <label htmlFor={id}>{t('theme.label')}</label>
      <select id={id} value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {t(`theme.${value}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
