import { typographySlips } from './chinese-typography.ts';
import { normalizeSearchText } from './code-search.ts';
import type { CodeFacts, GlossaryConcept, LocaleFile } from './dataset-schema.ts';
import { localeFile, type AddProblem } from './dataset-problems.ts';
import { glossaryHits } from './glossary.ts';
import type { Language } from './language.ts';
import { localeTextFields } from './locale-text-fields.ts';

const GLOSSARY_FILE = 'data/glossary.json';

/** The glossary must hold together: unique concepts, no term that the glossary itself removes. */
export function checkGlossary(glossary: readonly GlossaryConcept[], add: AddProblem): void {
  const seen = new Set<string>();
  glossary.forEach(({ concept, terms }, i) => {
    if (seen.has(concept)) add(GLOSSARY_FILE, undefined, `${i}.concept`, 'duplicated concept');
    seen.add(concept);
    for (const [lang, entry] of Object.entries(terms) as [Language, (typeof terms)['en']][]) {
      if (!entry) continue;
      if (entry.avoid.includes(entry.term))
        add(
          GLOSSARY_FILE,
          undefined,
          `${i}.terms.${lang}`,
          `"${entry.term}" is both used and avoided`,
        );
      for (const word of entry.allow ?? [])
        if (!entry.avoid.some((found) => word.includes(found)))
          add(
            GLOSSARY_FILE,
            undefined,
            `${i}.terms.${lang}.allow`,
            `"${word}" contains no avoided rendering of ${concept}`,
          );
      for (const hit of glossaryHits(entry.term, lang, glossary))
        add(
          GLOSSARY_FILE,
          undefined,
          `${i}.terms.${lang}.term`,
          `the term "${entry.term}" contains "${hit.found}", avoided for ${hit.concept}`,
        );
    }
  });
}

/**
 * The rules every text of a language follows: the glossary's one term per concept, and in Chinese the
 * formatting rules (src/domain/chinese-typography.ts).
 */
export function checkLocaleTexts(
  lang: Language,
  texts: LocaleFile,
  glossary: readonly GlossaryConcept[],
  add: AddProblem,
): void {
  const file = localeFile(lang);
  const chinese = lang.startsWith('zh');
  for (const { field, code, text } of localeTextFields(texts)) {
    for (const hit of glossaryHits(text, lang, glossary))
      add(file, code, field, `uses "${hit.found}" for ${hit.concept}: write "${hit.term}"`);
    if (chinese)
      for (const slip of typographySlips(text))
        add(file, code, field, `${slip.message}: "${slip.excerpt}"`);
  }
}

/**
 * Every code has search aliases in every language, and each adds something: not a number (numbers find
 * codes by themselves), not the code's name, reason phrase or former phrase, not another alias again.
 */
export function checkAliases(
  lang: Language,
  texts: LocaleFile,
  codes: readonly CodeFacts[],
  add: AddProblem,
): void {
  const file = localeFile(lang);
  for (const facts of codes) {
    const entry = texts.codes[String(facts.code)];
    if (!entry) continue;
    const at = `codes.${facts.code}.aliases`;
    const aliases = entry.aliases ?? [];
    if (aliases.length === 0) add(file, facts.code, at, 'a code needs search aliases');
    const known = new Set(
      [entry.name, facts.phrase, ...facts.formerPhrases].map(normalizeSearchText),
    );
    for (const alias of aliases) {
      const key = normalizeSearchText(alias);
      if (/^\d+$/.test(key))
        add(file, facts.code, at, `"${alias}": numbers are searched as codes, not as aliases`);
      else if (known.has(key))
        add(file, facts.code, at, `"${alias}" repeats a name or another alias`);
      known.add(key);
    }
  }
}
