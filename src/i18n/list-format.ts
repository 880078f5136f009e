import type { Language } from '../domain/language';

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/**
 * `parts` as one list in `lang` ("a, b, and c"; "a、b和c"), with the one space the Chinese locales'
 * formatting rules put between a Chinese character and a Latin letter or digit, which
 * Intl.ListFormat leaves out ("和10" becomes "和 10").
 */
export function formatList(parts: readonly string[], lang: Language): string {
  const list = new Intl.ListFormat(lang, { type: 'conjunction' }).formatToParts(parts);
  let out = '';
  for (const { value } of list) {
    const before = out.at(-1) ?? '';
    const first = value.charAt(0);
    const spaced =
      (HAN.test(before) && LATIN_OR_DIGIT.test(first)) ||
      (LATIN_OR_DIGIT.test(before) && HAN.test(first));
    out += spaced ? ` ${value}` : value;
  }
  return out;
}
