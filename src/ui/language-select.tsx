import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGE_SHORT_NAMES, LANGUAGES } from '../domain/language';
import { isLanguage } from '../i18n/detect-language';

/**
 * A labelled select that switches the UI and dataset language; each option is named in its own
 * language. `compact`: short option names and a label only screen readers read (the header).
 */
export function LanguageSelect({ className, compact }: { className?: string; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {t('language.label')}
      </label>
      <select
        id={id}
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void i18n.changeLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {(compact ? LANGUAGE_SHORT_NAMES : LANGUAGE_NAMES)[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
