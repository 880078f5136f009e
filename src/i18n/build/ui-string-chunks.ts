import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../../domain/language.ts';

/** The virtual module with one loader per language. */
export const UI_STRINGS_MODULE = 'virtual:ui-strings';

const RESOLVED_INDEX = `\0${UI_STRINGS_MODULE}`;
// Imported as virtual:ui-strings/<lang>, resolved to a path-like id so that the chunk is named
// ui-strings-<lang>, which the size budget relies on.
const PART_IMPORT = /^virtual:ui-strings\/([A-Za-z-]+)$/;
const PART_ID = /^\0ui-strings\/ui-strings-([A-Za-z-]+)\.js$/;

/**
 * Vite plugin: merges a language's UI-string files (src/i18n/locales/<lang>/<section>.json, one per
 * screen so that engineers never edit the same file) into one module per language, so the app loads
 * one small chunk instead of one per section, which also compresses better.
 */
export function uiStringChunks(root: URL): Plugin {
  const dir = (lang: string) => fileURLToPath(new URL(`src/i18n/locales/${lang}/`, root));
  return {
    name: 'ui-string-chunks',
    resolveId(id) {
      if (id === UI_STRINGS_MODULE) return RESOLVED_INDEX;
      const match = PART_IMPORT.exec(id);
      return match ? `\0ui-strings/ui-strings-${match[1]}.js` : undefined;
    },
    load(id) {
      if (id === RESOLVED_INDEX) {
        const loaders = LANGUAGES.map(
          (lang) =>
            `${JSON.stringify(lang)}: () => import(${JSON.stringify(`${UI_STRINGS_MODULE}/${lang}`)})`,
        );
        return `export const UI_STRING_LOADERS = {${loaders.join(', ')}};`;
      }
      const match = PART_ID.exec(id);
      if (!match) return undefined;
      const lang = match[1] ?? '';
      if (!(LANGUAGES as readonly string[]).includes(lang)) this.error(`Unknown language ${lang}`);
      const merged: Record<string, unknown> = {};
      for (const name of readdirSync(dir(lang)).sort()) {
        if (!name.endsWith('.json')) continue;
        const path = `${dir(lang)}${name}`;
        this.addWatchFile(path);
        Object.assign(merged, JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
      }
      return `export default ${JSON.stringify(merged)};`;
    },
  };
}
