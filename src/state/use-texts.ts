import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassText, CodeText, LocaleTexts } from '../domain/dataset-schema';
import type { Language } from '../domain/language';
import { resolveLanguage } from '../i18n/detect-language';
import { useContent, useStores } from './stores';

/** The current UI language as one of the app's languages. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return resolveLanguage(i18n.resolvedLanguage ?? i18n.language);
}

/**
 * All dataset texts of one language (default: the current one); undefined until all of it has loaded.
 * The heaviest of these hooks: prefer useCodeText, useCodeNames or useClassTexts when they suffice.
 */
export function useLocaleTexts(lang?: Language): LocaleTexts | undefined {
  const current = useLanguage();
  const wanted = lang ?? current;
  const { content } = useStores();
  const texts = useContent((s) => s.texts[wanted]);
  useEffect(() => {
    if (!texts) void content.getState().load(wanted);
  }, [content, texts, wanted]);
  return texts;
}

/** One code's full texts in the current language; undefined while its group loads or when the code is unknown. */
export function useCodeText(code: number, lang?: Language): CodeText | undefined {
  const current = useLanguage();
  const wanted = lang ?? current;
  const { content } = useStores();
  // Only the code's own text group loads, so the first card does not wait for the whole language.
  const text = useContent((s) => s.codes[wanted]?.[String(code)]);
  useEffect(() => {
    if (!text) void content.getState().loadCode(wanted, code);
  }, [content, text, wanted, code]);
  return text;
}

function useCore(lang?: Language) {
  const current = useLanguage();
  const wanted = lang ?? current;
  const { content } = useStores();
  const core = useContent((s) => s.core[wanted]);
  useEffect(() => {
    if (!core) void content.getState().loadCore(wanted);
  }, [content, core, wanted]);
  return core;
}

/** Every code's name (code as a string → name) in the current language; undefined while loading. Small: no details. */
export function useCodeNames(lang?: Language): Readonly<Record<string, string>> | undefined {
  return useCore(lang)?.names;
}

/** Who defined or uses each code that names an origin (code as a string → origin), in the current language. */
export function useCodeOrigins(lang?: Language): Readonly<Record<string, string>> | undefined {
  return useCore(lang)?.origins;
}

/** Every class's name and summary in the current language; undefined while loading. */
export function useClassTexts(lang?: Language): LocaleTexts['classes'] | undefined {
  return useCore(lang)?.classes;
}

/** One class's name and summary in the current language; undefined while loading. */
export function useClassText(digit: number, lang?: Language): ClassText | undefined {
  return useCore(lang)?.classes[String(digit) as '1'];
}
