import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { LocaleTexts } from '../../domain/dataset-schema.ts';
import { LANGUAGES } from '../../domain/language.ts';
import { textGroups } from '../../domain/text-groups.ts';

/** The virtual module listing the text groups and the loaders per language. */
export const LOCALE_TEXTS_MODULE = 'virtual:locale-texts';

const RESOLVED_INDEX = `\0${LOCALE_TEXTS_MODULE}`;
// Imported as virtual:locale-texts/<lang>/<core|aliases|group number>, resolved to a path-like id so
// that the chunk is named after its basename, texts-<lang>-<core|aliases|n>, which the size budget
// relies on.
const PART_IMPORT = /^virtual:locale-texts\/([A-Za-z-]+)\/(core|aliases|\d+)$/;
const PART_ID = /^\0locale-texts\/texts-([A-Za-z-]+)-(core|aliases|\d+)\.js$/;

/**
 * Vite plugin: serves data/locales/<lang>.json (the single source of the texts) as small modules per
 * language: a core (class names and summaries, every code's name and origin: what lists, options and
 * related-code links show), one module per text group (src/domain/text-groups.ts) with the other texts of its
 * codes (names only in the core), and one module with every code's search aliases. The first card thus waits for the core and its own group only; the
 * rest loads afterwards.
 */
export function localeTextChunks(root: URL): Plugin {
  const codesPath = fileURLToPath(new URL('data/codes.json', root));
  const localePath = (lang: string) => fileURLToPath(new URL(`data/locales/${lang}.json`, root));
  const groups = () =>
    textGroups(
      (JSON.parse(readFileSync(codesPath, 'utf8')) as { code: number }[]).map((c) => c.code),
    );
  const importOf = (lang: string, part: string | number) =>
    `() => import(${JSON.stringify(`${LOCALE_TEXTS_MODULE}/${lang}/${part}`)})`;

  return {
    name: 'locale-text-chunks',
    resolveId(id) {
      if (id === LOCALE_TEXTS_MODULE) return RESOLVED_INDEX;
      const match = PART_IMPORT.exec(id);
      return match ? `\0locale-texts/texts-${match[1]}-${match[2]}.js` : undefined;
    },
    load(id) {
      if (id === RESOLVED_INDEX) {
        this.addWatchFile(codesPath);
        const all = groups();
        const loaders = LANGUAGES.map(
          (lang) =>
            `${JSON.stringify(lang)}: { core: ${importOf(lang, 'core')}, aliases: ${importOf(lang, 'aliases')}, groups: [${all
              .map((_, i) => importOf(lang, i))
              .join(', ')}] }`,
        );
        return [
          `export const TEXT_GROUPS = ${JSON.stringify(all)};`,
          `export const TEXT_LOADERS = {${loaders.join(', ')}};`,
        ].join('\n');
      }
      const match = PART_ID.exec(id);
      if (!match) return undefined;
      const [, lang = '', part = ''] = match;
      if (!(LANGUAGES as readonly string[]).includes(lang)) this.error(`Unknown language in ${id}`);
      this.addWatchFile(codesPath);
      this.addWatchFile(localePath(lang));
      const texts = JSON.parse(readFileSync(localePath(lang), 'utf8')) as LocaleTexts;
      if (part === 'core') {
        const entries = Object.entries(texts.codes);
        const names = Object.fromEntries(entries.map(([code, text]) => [code, text.name]));
        const origins = Object.fromEntries(
          entries.flatMap(([code, text]) => (text.origin ? [[code, text.origin]] : [])),
        );
        return `export default ${JSON.stringify({ classes: texts.classes, names, origins })};`;
      }
      if (part === 'aliases') {
        const aliases = Object.fromEntries(
          Object.entries(texts.codes).map(([code, text]) => [code, text.aliases ?? []]),
        );
        return `export default ${JSON.stringify(aliases)};`;
      }
      const group = groups()[Number(part)];
      if (!group) this.error(`Unknown text group in ${id}`);
      // Without the names and origins: the core already carries them, and the loader puts them back
      // (src/state/content-store.ts), so every language's precache holds each of them once. Without the
      // search aliases too: only search needs them, and it loads them on their own.
      const codes = Object.fromEntries(
        group.flatMap((code) => {
          const text = texts.codes[String(code)];
          if (!text) return [];
          const withoutName: Partial<typeof text> = { ...text };
          delete withoutName.name;
          delete withoutName.origin;
          delete withoutName.aliases;
          return [[String(code), withoutName]];
        }),
      );
      return `export default ${JSON.stringify(codes)};`;
    },
  };
}
