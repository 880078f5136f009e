import { typographySlips } from './chinese-typography.ts';
import type { GlossaryConcept } from './dataset-schema.ts';
import type { AddProblem } from './dataset-problems.ts';
import { glossaryHits } from './glossary.ts';
import type { KnowledgeTexts } from './knowledge-model.ts';
import type { Language } from './language.ts';

/** Every text of one code's knowledge in one language, with its field path (for checks and tests). */
export function knowledgeTextFields(texts: KnowledgeTexts): { field: string; text: string }[] {
  const out: { field: string; text: string }[] = [];
  const byId = (field: string, record: Record<string, string> | undefined) => {
    for (const [id, text] of Object.entries(record ?? {}))
      out.push({ field: `${field}.${id}`, text });
  };
  byId('headers', texts.headers);
  byId('conditions', texts.conditions);
  byId('requestHeaders', texts.requestHeaders);
  for (const field of ['methods', 'caching', 'content', 'retry', 'fetch'] as const)
    out.push({ field, text: texts[field] });
  byId('traps', texts.traps);
  byId('fetchNotes', texts.fetchNotes);
  byId('wild', texts.wild);
  return out;
}

/**
 * The rules every dataset text follows hold for knowledge texts too: the glossary's one term per
 * concept, and in Chinese the formatting rules (src/domain/chinese-typography.ts).
 */
export function checkKnowledgeTexts(
  lang: Language,
  file: string,
  code: number,
  texts: KnowledgeTexts,
  glossary: readonly GlossaryConcept[],
  add: AddProblem,
): void {
  for (const { field, text } of knowledgeTextFields(texts)) {
    for (const hit of glossaryHits(text, lang, glossary))
      add(file, code, field, `uses "${hit.found}" for ${hit.concept}: write "${hit.term}"`);
    if (lang.startsWith('zh'))
      for (const slip of typographySlips(text))
        add(file, code, field, `${slip.message}: "${slip.excerpt}"`);
  }
}
