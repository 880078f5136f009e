import i18next, { type i18n as I18n } from 'i18next';
import { UI_STRING_LOADERS } from 'virtual:ui-strings';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../domain/language';
import { detectLanguage, resolveLanguage } from './detect-language';

/** localStorage key holding the user's language choice. */
export const LANGUAGE_STORAGE_KEY = 'hst-language';

function loaders(lng: string) {
  const load = UI_STRING_LOADERS[lng];
  if (!load) throw new Error(`No UI strings for ${lng}`);
  return load;
}

/**
 * Loads every UI string of one language. The files stay one per screen or concern
 * (locales/<lang>/<section>.json, so that work on different screens never edits the same file); the
 * build merges them into two chunks per language (src/i18n/build/ui-string-chunks.ts): what the shell
 * and Study need, and what only the lazy screens need (SCREEN_SECTIONS).
 */
export async function loadUiStrings(lng: string): Promise<Record<string, unknown>> {
  const [startup, screens] = await Promise.all([loaders(lng).startup(), loaders(lng).screens()]);
  return { ...startup.default, ...screens.default };
}

/**
 * An i18next backend that, for the first language, loads only the first-load part (the screens' part
 * follows when a lazy screen asks for it: ensureScreenStrings); a language chosen later is loaded
 * whole before i18next switches to it, so that no open screen shows a missing string.
 */
function splitBackend(complete: Set<string>) {
  let first = true;
  return {
    type: 'backend' as const,
    init() {},
    read(lng: string, _ns: string, done: (err: unknown, data?: Record<string, unknown>) => void) {
      const whole = !first;
      first = false;
      const job = whole
        ? loadUiStrings(lng).then((data) => (complete.add(lng), data))
        : loaders(lng)
            .startup()
            .then((m) => m.default);
      job.then(
        (data) => done(null, data),
        (err: unknown) => done(err),
      );
    },
  };
}

let ensureLatest: () => Promise<void> = () => Promise.resolve();

/**
 * Makes sure the current language's strings for the lazy screens are loaded (the app's i18n instance,
 * i.e. the one created last); lazy screens wait for it before they render. A failed download is
 * retried on the next call.
 */
export function ensureScreenStrings(): Promise<void> {
  return ensureLatest();
}

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage disabled: fall back to the browser's languages
  }
}

function storeLanguage(lang: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // storage disabled or full: the choice lasts for this visit only
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  if (navigator.languages?.length) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}

/** The language a visit starts in: the stored choice, else the browser's first supported language. */
export function startLanguage(): Language {
  return detectLanguage(readStoredLanguage(), browserLanguages());
}

export interface CreateI18nOptions {
  /** The language to start in; otherwise startLanguage() (the stored choice, then the browser's languages). */
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
  const complete = new Set<string>();
  const pending = new Map<string, Promise<void>>();
  ensureLatest = () => {
    const lng = currentLanguage(instance);
    if (complete.has(lng)) return Promise.resolve();
    let job = pending.get(lng);
    if (!job) {
      job = loaders(lng)
        .screens()
        .then(
          (m) => {
            instance.addResourceBundle(lng, 'translation', m.default, true, true);
            complete.add(lng);
          },
          (error: unknown) => {
            pending.delete(lng);
            throw error;
          },
        );
      pending.set(lng, job);
    }
    return job;
  };
  instance.use(splitBackend(complete)).use(initReactI18next);
  // Detected here rather than by i18next-browser-languagedetector: same order (stored choice, then
  // navigator.languages), 2 KiB less in the first load.
  await instance.init({
    lng: options.language ?? startLanguage(),
    supportedLngs: [...LANGUAGES],
    fallbackLng: false,
    load: 'currentOnly',
    nonExplicitSupportedLngs: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });
  // Only a choice made in the app is remembered, so a first visit keeps following the browser.
  instance.on('languageChanged', (lng) => storeLanguage(resolveLanguage(lng)));
  return instance;
}

/** The instance's current language, narrowed to the app's languages. */
export function currentLanguage(instance: I18n): Language {
  return resolveLanguage(instance.resolvedLanguage ?? instance.language);
}
