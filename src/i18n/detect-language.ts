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
