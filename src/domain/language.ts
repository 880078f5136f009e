/** The languages the app ships; the first is the source of every key. */
export const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, as language pickers show them whatever the UI language. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

/** Each language's short label, for the compact picker in the header. */
export const LANGUAGE_SHORT_NAMES: Record<Language, string> = {
  en: 'EN',
  'zh-Hans': '简体',
  'zh-Hant': '繁體',
};
