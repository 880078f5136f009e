import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { LocaleTexts } from '../../domain/dataset-schema.ts';
import { LANGUAGES } from '../../domain/language.ts';
import { textGroups } from '../../domain/text-groups.ts';

/** The virtual module listing the text groups and a loader per (language, group). */
export const LOCALE_TEXTS_MODULE = 'virtual:locale-texts';
/** Prefix of the per-group modules; the chunk file names start with it, which the size budget relies on. */
export const LOCALE_TEXT_CHUNK_PREFIX = 'texts-';

const RESOLVED_INDEX = `\0${LOCALE_TEXTS_MODULE}`;
// Imported as virtual:locale-texts/<lang>/<group>, resolved to a path-like id so that the chunk is
// named after its basename: texts-<lang>-<group>.
const PART_IMPORT = /^virtual:locale-texts\/([A-Za-z-]+)\/(\d+)$/;
const PART_ID = /^\0locale-texts\/texts-([A-Za-z-]+)-(\d+)\.js$/;

/**
 * Vite plugin: serves data/locales/<lang>.json (the single source of the texts) as one small module
 * per language and text group (src/domain/text-groups.ts), so that the first card waits only for
 * the texts of its own group and the rest of the language loads afterwards.
 */
export function localeTextChunks(root: URL): Plugin {
  const codesPath = fileURLToPath(new URL('data/codes.json', root));
  const localePath = (lang: string) => fileURLToPath(new URL(`data/locales/${lang}.json`, root));
  const groups = () =>
    textGroups(
      (JSON.parse(readFileSync(codesPath, 'utf8')) as { code: number }[]).map((c) => c.code),
    );

  return {
    name: 'locale-text-chunks',
    resolveId(id) {
      if (id === LOCALE_TEXTS_MODULE) return RESOLVED_INDEX;
      const match = PART_IMPORT.exec(id);
      return match
        ? `\0locale-texts/${LOCALE_TEXT_CHUNK_PREFIX}${match[1]}-${match[2]}.js`
        : undefined;
    },
    load(id) {
      if (id === RESOLVED_INDEX) {
        this.addWatchFile(codesPath);
        const all = groups();
        const loaders = LANGUAGES.map(
          (lang) =>
            `${JSON.stringify(lang)}: [${all
              .map(
                (_, i) => `() => import(${JSON.stringify(`${LOCALE_TEXTS_MODULE}/${lang}/${i}`)})`,
              )
              .join(', ')}]`,
        );
        return [
          `export const TEXT_GROUPS = ${JSON.stringify(all)};`,
          `export const TEXT_LOADERS = {${loaders.join(', ')}};`,
        ].join('\n');
      }
      const match = PART_ID.exec(id);
      if (!match) return undefined;
      const [, lang = '', index = ''] = match;
      const group = groups()[Number(index)];
      if (!(LANGUAGES as readonly string[]).includes(lang) || !group)
        this.error(`Unknown locale text group ${id}`);
      this.addWatchFile(codesPath);
      this.addWatchFile(localePath(lang));
      const texts = JSON.parse(readFileSync(localePath(lang), 'utf8')) as LocaleTexts;
      const part: LocaleTexts = { classes: {} as LocaleTexts['classes'], codes: {} };
      for (const code of group) {
        const key = String(code);
        const digit = key[0] as keyof LocaleTexts['classes'];
        const text = texts.codes[key];
        if (text) part.codes[key] = text;
        if (texts.classes[digit]) part.classes[digit] = texts.classes[digit];
      }
      return `export default ${JSON.stringify(part)};`;
    },
  };
}
