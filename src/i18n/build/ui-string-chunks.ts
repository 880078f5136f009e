import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../../domain/language.ts';
import { SCREEN_SECTIONS } from '../ui-string-sections.ts';

/** The virtual module with the loaders of each language's two parts. */
export const UI_STRINGS_MODULE = 'virtual:ui-strings';

const PARTS = ['startup', 'screens'] as const;
const RESOLVED_INDEX = `\0${UI_STRINGS_MODULE}`;
// Imported as virtual:ui-strings/<lang>/<part>, resolved to a path-like id so that the chunk is
// named ui-strings-<lang> (startup) or ui-strings-<lang>-screens, which the size budget relies on.
const PART_IMPORT = /^virtual:ui-strings\/([A-Za-z-]+)\/(startup|screens)$/;
const PART_ID = /^\0ui-strings\/ui-strings-([A-Za-z]+(?:-Han[st])?)(-screens)?\.js$/;

/**
 * Vite plugin: merges a language's UI-string files (src/i18n/locales/<lang>/<section>.json, one per
 * screen so that engineers never edit the same file) into two modules per language: what the shell
 * and Study need (in the first load) and what only the lazy screens need (SCREEN_SECTIONS). Fewer,
 * larger chunks also compress better than one per section.
 */
export function uiStringChunks(root: URL): Plugin {
  const dir = (lang: string) => fileURLToPath(new URL(`src/i18n/locales/${lang}/`, root));
  return {
    name: 'ui-string-chunks',
    resolveId(id) {
      if (id === UI_STRINGS_MODULE) return RESOLVED_INDEX;
      const match = PART_IMPORT.exec(id);
      if (!match) return undefined;
      return `\0ui-strings/ui-strings-${match[1]}${match[2] === 'screens' ? '-screens' : ''}.js`;
    },
    load(id) {
      if (id === RESOLVED_INDEX) {
        const loaders = LANGUAGES.map(
          (lang) =>
            `${JSON.stringify(lang)}: {${PARTS.map(
              (part) =>
                `${part}: () => import(${JSON.stringify(`${UI_STRINGS_MODULE}/${lang}/${part}`)})`,
            ).join(', ')}}`,
        );
        return `export const UI_STRING_LOADERS = {${loaders.join(', ')}};`;
      }
      const match = PART_ID.exec(id);
      if (!match) return undefined;
      const lang = match[1] ?? '';
      const screens = match[2] !== undefined;
      if (!(LANGUAGES as readonly string[]).includes(lang)) this.error(`Unknown language ${lang}`);
      const merged: Record<string, unknown> = {};
      for (const name of readdirSync(dir(lang)).sort()) {
        if (!name.endsWith('.json')) continue;
        if (SCREEN_SECTIONS.includes(name.slice(0, -'.json'.length)) !== screens) continue;
        const path = `${dir(lang)}${name}`;
        this.addWatchFile(path);
        Object.assign(merged, JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
      }
      return `export default ${JSON.stringify(merged)};`;
    },
  };
}
