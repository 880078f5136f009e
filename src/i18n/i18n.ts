import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../domain/language';
import { resolveLanguage } from './detect-language';

/** localStorage key holding the user's language choice. */
export const LANGUAGE_STORAGE_KEY = 'hst-language';

// One file per screen or concern (locales/<lang>/<section>.json), merged into one namespace so that
// work on different screens never edits the same file.
const sections = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  import: 'default',
});

/** Loads and merges every UI-string file of one language. */
export async function loadUiStrings(lng: string): Promise<Record<string, unknown>> {
  const prefix = `./locales/${lng}/`;
  const loads = Object.entries(sections).filter(([path]) => path.startsWith(prefix));
  if (loads.length === 0) throw new Error(`No UI strings for ${lng}`);
  const parts = await Promise.all(loads.map(([, load]) => load()));
  return Object.assign({}, ...parts) as Record<string, unknown>;
}

const lazyBackend = {
  type: 'backend' as const,
  init() {},
  read(lng: string, _ns: string, done: (err: unknown, data?: Record<string, unknown>) => void) {
    loadUiStrings(lng).then(
      (data) => done(null, data),
      (err: unknown) => done(err),
    );
  },
};

export interface CreateI18nOptions {
  /** Force a language (tests); otherwise the stored choice, then the browser's languages. */
  language?: Language;
  onLanguageChanged?: (lng: Language) => void;
}

/** Creates and initialises an i18next instance that loads only the current language's UI strings. */
export async function createI18n(options: CreateI18nOptions = {}): Promise<I18n> {
  const instance = i18next.createInstance();
  // Registered before init so that the first language also reaches <html lang>.
  instance.on('languageChanged', (lng) => {
    const lang = resolveLanguage(lng);
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
    options.onLanguageChanged?.(lang);
  });
  instance.use(lazyBackend).use(LanguageDetector).use(initReactI18next);
  await instance.init({
    ...(options.language ? { lng: options.language } : {}),
    supportedLngs: [...LANGUAGES],
    fallbackLng: false,
    load: 'currentOnly',
    nonExplicitSupportedLngs: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: (lng: string) => resolveLanguage(lng),
    },
    react: { useSuspense: false },
  });
  return instance;
}

/** The instance's current language, narrowed to the app's languages. */
export function currentLanguage(instance: I18n): Language {
  return resolveLanguage(instance.resolvedLanguage ?? instance.language);
}
