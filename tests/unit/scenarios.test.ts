import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CodeFacts, LocaleFile } from '../../src/domain/dataset-schema';
import { REGISTERED_CODES } from '../../src/domain/dataset-validate';
import { LANGUAGES } from '../../src/domain/language';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(resolve(process.cwd(), path), 'utf8'));
const codes = read('data/codes.json') as CodeFacts[];
const locales = Object.fromEntries(
  LANGUAGES.map((l) => [l, read(`data/locales/${l}.json`)]),
) as Record<(typeof LANGUAGES)[number], LocaleFile>;

// Words that carry no answer: function words, and the HTTP vocabulary every scenario needs.
const STOP_WORDS = new Set(
  (
    "a an the of for to in on by with and or is are be it its as at from not no too your you i i'm " +
    'm non multi out also http request requests requested response server client error'
  ).split(' '),
);

/** The lower-case words of a text (hyphenated words count as their parts). */
function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
}

/** True when two words are the same, allowing a plural "s" on either side. */
const sameWord = (a: string, b: string) => a === b || a === `${b}s` || b === `${a}s`;

describe('scenarios', () => {
  it('give three or more situations per registered code and two or more per unofficial one, in every language', () => {
    const short = LANGUAGES.flatMap((lang) =>
      codes.flatMap(({ code }) => {
        const wanted = REGISTERED_CODES.includes(code) ? 3 : 2;
        const count = locales[lang].codes[String(code)]?.scenarios.length ?? 0;
        return count < wanted ? [`${lang} ${code}: ${count} of ${wanted}`] : [];
      }),
    );
    expect(short).toEqual([]);
  });

  it('never give away the answer: no English scenario uses a content word of its reason phrase or former phrases', () => {
    const giveaways = codes.flatMap(({ code, phrase, formerPhrases }) => {
      const answer = [phrase, ...formerPhrases]
        .flatMap(words)
        .filter((w) => !STOP_WORDS.has(w) && !/^\d+$/.test(w));
      return (locales.en.codes[String(code)]?.scenarios ?? []).flatMap((scenario, i) => {
        const found = [
          ...new Set(
            words(scenario).filter((w) => !STOP_WORDS.has(w) && answer.some((a) => sameWord(w, a))),
          ),
        ];
        return found.length > 0 ? [`${code} scenario ${i}: ${found.join(', ')}`] : [];
      });
    });
    expect(giveaways).toEqual([]);
  });
});
