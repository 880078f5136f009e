import type { GlossaryConcept } from './dataset-schema.ts';
import type { Language } from './language.ts';

/** One use of a rendering the glossary removes: what was found and the term to write instead. */
export interface GlossaryHit {
  concept: string;
  found: string;
  term: string;
}

/** True when the occurrence of `found` at `at` in `text` is part of one of the `allowed` longer words. */
function isAllowed(text: string, at: number, found: string, allowed: readonly string[]): boolean {
  return allowed.some((word) => {
    for (let k = word.indexOf(found); k >= 0; k = word.indexOf(found, k + 1))
      if (at - k >= 0 && text.startsWith(word, at - k)) return true;
    return false;
  });
}

/**
 * Every rendering of a glossary concept that `text` uses although the glossary removes it for `lang`
 * (a word listed under any concept's `allow` for that language does not count), in glossary order.
 */
export function glossaryHits(
  text: string,
  lang: Language,
  glossary: readonly GlossaryConcept[],
): GlossaryHit[] {
  const allowed = glossary.flatMap((c) => c.terms[lang]?.allow ?? []);
  const hits: GlossaryHit[] = [];
  for (const { concept, terms } of glossary) {
    const entry = terms[lang];
    if (!entry) continue;
    for (const found of entry.avoid)
      for (let at = text.indexOf(found); at >= 0; at = text.indexOf(found, at + 1))
        if (!isAllowed(text, at, found, allowed)) {
          hits.push({ concept, found, term: entry.term });
          break;
        }
  }
  return hits;
}
