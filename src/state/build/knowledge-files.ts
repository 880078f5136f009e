import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RawKnowledge } from '../../domain/knowledge-validate.ts';
import { LANGUAGES, type Language } from '../../domain/language.ts';

/** The folder of the knowledge files under the project root. */
export const KNOWLEDGE_DIR = 'data/knowledge';

/** Every JSON file of a folder, parsed, by file name without ".json" (none when the folder is missing). */
function readFolder(dir: string): Record<string, unknown> {
  if (!existsSync(dir)) return {};
  const out: Record<string, unknown> = {};
  for (const name of readdirSync(dir).sort())
    if (name.endsWith('.json'))
      out[name.slice(0, -'.json'.length)] = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
  return out;
}

/** The knowledge files of the project at `root` (data/knowledge/), parsed but not validated. */
export function readKnowledge(root: URL): RawKnowledge {
  const dir = fileURLToPath(new URL(`${KNOWLEDGE_DIR}/`, root));
  return {
    headers: JSON.parse(readFileSync(`${dir}headers.json`, 'utf8')),
    facts: readFolder(`${dir}facts`),
    texts: Object.fromEntries(
      LANGUAGES.map((lang) => [lang, readFolder(`${dir}texts/${lang}`)]),
    ) as Record<Language, Record<string, unknown>>,
  };
}

/** The paths of every knowledge file (for the dev server's watcher). */
export function knowledgePaths(root: URL): string[] {
  const dir = fileURLToPath(new URL(`${KNOWLEDGE_DIR}/`, root));
  const list = (sub: string) =>
    existsSync(`${dir}${sub}`)
      ? readdirSync(`${dir}${sub}`)
          .filter((n) => n.endsWith('.json'))
          .map((n) => `${dir}${sub}/${n}`)
      : [];
  return [`${dir}headers.json`, ...list('facts'), ...LANGUAGES.flatMap((l) => list(`texts/${l}`))];
}
