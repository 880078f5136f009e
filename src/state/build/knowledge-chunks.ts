import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { GENERATED } from '../../domain/card-kinds/generated.ts';
import type { KnowledgeBase } from '../../domain/card-kinds/question.ts';
import { CARD_KINDS, kindSpec } from '../../domain/card-kinds/registry.ts';
import type { CodeFacts } from '../../domain/dataset-schema.ts';
import type { HeaderEntry, KnowledgeFacts } from '../../domain/knowledge-model.ts';
import { LANGUAGES } from '../../domain/language.ts';
import { textGroups } from '../../domain/text-groups.ts';
import { knowledgePaths, readKnowledge } from './knowledge-files.ts';

/** Which codes have a card of each knowledge kind: tiny, read by the deck at first load. */
export const KNOWLEDGE_INDEX_MODULE = 'virtual:knowledge-index';
/** The loaders of the facts (one chunk) and of each language's texts (one chunk per text group). */
export const KNOWLEDGE_MODULE = 'virtual:knowledge';

const RESOLVED_INDEX = `\0${KNOWLEDGE_INDEX_MODULE}`;
const RESOLVED_LOADERS = `\0${KNOWLEDGE_MODULE}`;
// Resolved to path-like ids so that the chunks are named knowledge-facts-<hash>.js and
// knowledge-<lang>-<group>-<hash>.js, which the size budget and the precache report rely on.
const FACTS_IMPORT = 'virtual:knowledge/facts';
const FACTS_ID = '\0knowledge/knowledge-facts.js';
const TEXTS_IMPORT = /^virtual:knowledge\/texts\/([A-Za-z-]+)\/(\d+)$/;
const TEXTS_ID = /^\0knowledge\/knowledge-([A-Za-z-]+)-(\d+)\.js$/;

/** The knowledge as the generators see it (examples from codes.json, registry by lower-case name). */
export function knowledgeBase(root: URL): KnowledgeBase {
  const raw = readKnowledge(root);
  const codes = JSON.parse(
    readFileSync(fileURLToPath(new URL('data/codes.json', root)), 'utf8'),
  ) as CodeFacts[];
  const facts = Object.values(raw.facts) as KnowledgeFacts[];
  return {
    facts: new Map(facts.map((f) => [f.code, f])),
    headers: new Map((raw.headers as HeaderEntry[]).map((h) => [h.name.toLowerCase(), h])),
    examples: new Map(codes.flatMap((c) => (c.example ? [[c.code, c.example] as const] : []))),
  };
}

/**
 * Which codes have a card of each kind of `knowledge` scope: those for which the kind's generator
 * can ask a question with the registered codes as options (what every learner's pool holds).
 */
export async function knowledgeIndex(
  root: URL,
): Promise<{ codes: number[]; kinds: Record<string, number[]> }> {
  const kb = knowledgeBase(root);
  const codes = JSON.parse(
    readFileSync(fileURLToPath(new URL('data/codes.json', root)), 'utf8'),
  ) as CodeFacts[];
  const pool = codes.filter((c) => c.status !== 'unofficial').map((c) => c.code);
  const index: Record<string, number[]> = {};
  for (const kind of CARD_KINDS) {
    if (kindSpec(kind).scope !== 'knowledge') continue;
    const module = GENERATED[kind];
    index[kind] = [...kb.facts.keys()]
      .filter((code) => module?.available?.(code, kb, pool) ?? false)
      .sort((a, b) => a - b);
  }
  return { codes: [...kb.facts.keys()].sort((a, b) => a - b), kinds: index };
}

/**
 * Vite plugin: serves data/knowledge/ (KNOWLEDGE-FORMAT.md) as an index of which codes have which
 * knowledge cards (in the first load: the deck needs it), one chunk with every code's facts and the
 * header registry, and per language one chunk per text group that has knowledge, so that a card back
 * loads only its own group's texts in its own language.
 */
export function knowledgeChunks(root: URL): Plugin {
  const codesPath = fileURLToPath(new URL('data/codes.json', root));
  const groups = () =>
    textGroups(
      (JSON.parse(readFileSync(codesPath, 'utf8')) as { code: number }[]).map((c) => c.code),
    );
  const watch = (ctx: { addWatchFile: (path: string) => void }) => {
    ctx.addWatchFile(codesPath);
    for (const path of knowledgePaths(root)) ctx.addWatchFile(path);
  };
  return {
    name: 'knowledge-chunks',
    resolveId(id) {
      if (id === KNOWLEDGE_INDEX_MODULE) return RESOLVED_INDEX;
      if (id === KNOWLEDGE_MODULE) return RESOLVED_LOADERS;
      if (id === FACTS_IMPORT) return FACTS_ID;
      const match = TEXTS_IMPORT.exec(id);
      return match ? `\0knowledge/knowledge-${match[1]}-${match[2]}.js` : undefined;
    },
    async load(id) {
      if (id === RESOLVED_INDEX) {
        watch(this);
        return `export default ${JSON.stringify(await knowledgeIndex(root))};`;
      }
      if (id === RESOLVED_LOADERS) {
        watch(this);
        const raw = readKnowledge(root);
        const withKnowledge = new Set(Object.keys(raw.facts).map(Number));
        const used = groups()
          .map((g, i) => [i, g.some((c) => withKnowledge.has(c))] as const)
          .filter(([, has]) => has)
          .map(([i]) => i);
        const loaders = LANGUAGES.map(
          (lang) =>
            `${JSON.stringify(lang)}: {${used
              .map(
                (i) =>
                  `${i}: () => import(${JSON.stringify(`virtual:knowledge/texts/${lang}/${i}`)})`,
              )
              .join(', ')}}`,
        );
        return [
          `export const TEXT_GROUPS = ${JSON.stringify(groups())};`,
          `export const loadFacts = () => import(${JSON.stringify(FACTS_IMPORT)});`,
          `export const TEXT_LOADERS = {${loaders.join(', ')}};`,
        ].join('\n');
      }
      if (id === FACTS_ID) {
        watch(this);
        const raw = readKnowledge(root);
        return `export default ${JSON.stringify({ facts: Object.values(raw.facts), headers: raw.headers })};`;
      }
      const match = TEXTS_ID.exec(id);
      if (!match) return undefined;
      const [, lang = '', part = ''] = match;
      if (!(LANGUAGES as readonly string[]).includes(lang)) this.error(`Unknown language in ${id}`);
      watch(this);
      const raw = readKnowledge(root);
      const group = groups()[Number(part)] ?? [];
      const texts = raw.texts[lang as (typeof LANGUAGES)[number]];
      const picked = Object.fromEntries(
        group.flatMap((code) => (texts[String(code)] ? [[String(code), texts[String(code)]]] : [])),
      );
      return `export default ${JSON.stringify(picked)};`;
    },
  };
}
