import { LANGUAGES, type Language } from '../domain/language';

const HANT_REGIONS = new Set(['tw', 'hk', 'mo']);

/** Maps a BCP 47 tag to the closest supported language: Traditional for TW/HK/MO or Hant, Simplified for other zh, else English. */
export function resolveLanguage(tag: string | undefined | null): Language {
  if (!tag) return 'en';
  const exact = LANGUAGES.find((l) => l.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const parts = tag.toLowerCase().replace(/_/g, '-').split('-');
  if (parts[0] !== 'zh') return 'en';
  if (parts.includes('hant')) return 'zh-Hant';
  if (parts.includes('hans')) return 'zh-Hans';
  return parts.slice(1).some((p) => HANT_REGIONS.has(p)) ? 'zh-Hant' : 'zh-Hans';
}

/** True when the string is one of the app's language codes. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to start in: the stored choice when it is one of ours, else the first of the browser's
 * preferred languages that we ship (zh-TW/HK/MO or Hant → zh-Hant, other zh → zh-Hans, en), else English.
 */
export function detectLanguage(
  stored: string | null | undefined,
  browserLanguages: readonly string[],
): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh' || primary === 'en') return resolveLanguage(tag);
  }
  return 'en';
}
