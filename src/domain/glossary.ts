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
 * (a word listed under any concept's `allow` for that language does not count, nor does a rendering
 * found inside a longer one that is reported: 來源伺服器 is one hit, not also 源伺服器), in glossary order.
 */
export function glossaryHits(
  text: string,
  lang: Language,
  glossary: readonly GlossaryConcept[],
): GlossaryHit[] {
  const allowed = glossary.flatMap((c) => c.terms[lang]?.allow ?? []);
  const found: (GlossaryHit & { from: number; to: number })[] = [];
  for (const { concept, terms } of glossary) {
    const entry = terms[lang];
    if (!entry) continue;
    for (const word of entry.avoid)
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
        if (!isAllowed(text, at, word, allowed))
          found.push({ concept, found: word, term: entry.term, from: at, to: at + word.length });
  }
  const hits: GlossaryHit[] = [];
  for (const hit of found) {
    const inside = found.some(
      (o) => o !== hit && o.from <= hit.from && o.to >= hit.to && o.to - o.from > hit.to - hit.from,
    );
    const { concept, found: word, term } = hit;
    if (!inside && !hits.some((h) => h.concept === concept && h.found === word))
      hits.push({ concept, found: word, term });
  }
  return hits;
}
