// What a production build (dist/) sends: the first load of a language and the service-worker
// precache, with raw, gzip and brotli sizes. Shared by the size-budget test and `npm run bench`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** gzip level used for every figure (node:zlib, the strongest level a static host would pre-compress with). */
export const GZIP_LEVEL = 9;
/** brotli quality used for every figure (node:zlib, maximum). */
export const BROTLI_QUALITY = 11;

export const KIB = 1024;

export type FileRole = 'html' | 'js' | 'css' | 'ui-strings' | 'texts' | 'other';

export interface SizedFile {
  /** Path relative to dist/, with forward slashes (as the browser asks for it under the base path). */
  file: string;
  role: FileRole;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface Totals {
  raw: number;
  gzip: number;
  brotli: number;
}

interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type ViteManifest = Record<string, ManifestChunk>;

/** Sizes one file of the build. */
export function sizeFile(dist: string, file: string, role: FileRole = roleOf(file)): SizedFile {
  const bytes = readFileSync(join(dist, file));
  return {
    file,
    role,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: GZIP_LEVEL }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

function roleOf(file: string): FileRole {
  if (file.endsWith('.html')) return 'html';
  if (file.startsWith('assets/texts-')) return 'texts';
  if (file.startsWith('assets/ui-strings-')) return 'ui-strings';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.js')) return 'js';
  return 'other';
}

export function totals(files: readonly SizedFile[]): Totals {
  return files.reduce(
    (t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

/** Vite's build manifest (build.manifest: true in vite.config.ts). */
export function readManifest(dist: string): ViteManifest {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path))
    throw new Error(`${path} is missing: vite.config.ts must keep build.manifest: true`);
  return JSON.parse(readFileSync(path, 'utf8')) as ViteManifest;
}

function entryKey(manifest: ViteManifest): string {
  const keys = Object.keys(manifest).filter((k) => manifest[k]?.isEntry);
  if (keys.length !== 1 || !keys[0])
    throw new Error(`Expected one entry, found: ${keys.join(', ')}`);
  return keys[0];
}

/** The entry's JS and every chunk it imports statically (recursively), with their CSS: what runs before the first render. */
export function staticEntryFiles(manifest: ViteManifest): { js: string[]; css: string[] } {
  const seen = new Set<string>();
  const js: string[] = [];
  const css = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Manifest lacks ${key}`);
    js.push(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(entryKey(manifest));
  return { js, css: [...css] };
}

/** Chunks imported dynamically from the static entry graph whose source matches `test`. */
function dynamicChunks(manifest: ViteManifest, test: (src: string) => boolean): ManifestChunk[] {
  const keys = new Set<string>();
  const visit = (key: string, seen: Set<string>) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    for (const d of chunk?.dynamicImports ?? []) if (test(d)) keys.add(d);
    for (const i of chunk?.imports ?? []) visit(i, seen);
  };
  visit(entryKey(manifest), new Set());
  return [...keys].map((k) => manifest[k]).filter((c): c is ManifestChunk => c !== undefined);
}

/** A language's UI strings (src/i18n/locales/<lang>/*.json merged into one chunk by src/i18n/build/ui-string-chunks.ts): i18n waits for them before the first render. */
export function uiStringFiles(manifest: ViteManifest, lang: string): string[] {
  return dynamicChunks(manifest, (src) => src === `ui-strings/ui-strings-${lang}.js`).map(
    (c) => c.file,
  );
}

function textChunks(manifest: ViteManifest, lang: string, part: string): string[] {
  const escaped = lang.replace(/[^\w]/g, '\\$&');
  const pattern = new RegExp(`^locale-texts/texts-${escaped}-${part}\\.js$`);
  return dynamicChunks(manifest, (src) => pattern.test(src)).map((c) => c.file);
}

/** A language's dataset text groups (full texts of a few codes each; src/state/build/locale-text-chunks.ts). */
export function textGroupFiles(manifest: ViteManifest, lang: string): string[] {
  return textChunks(manifest, lang, '\\d+');
}

/** A language's dataset core (class texts and every code's name), which any screen may need at once. */
export function textCoreFiles(manifest: ViteManifest, lang: string): string[] {
  return textChunks(manifest, lang, 'core');
}

/**
 * Chunks the app imports dynamically but at once on every start, so they belong to the first load.
 * None today: the service worker's registration (workbox-window) waits until the page has loaded and
 * the browser is idle (src/pwa/deferred-register.ts), after the first card. The size-budget test's
 * browser check fails if the app starts loading anything uncounted before the first card; add the
 * chunk's source here if something must.
 */
const LOADED_AT_START: readonly RegExp[] = [];

/** The dynamically imported chunks that every start loads (LOADED_AT_START). */
export function startupDynamicFiles(manifest: ViteManifest): string[] {
  return dynamicChunks(manifest, (src) => LOADED_AT_START.some((p) => p.test(src))).map(
    (c) => c.file,
  );
}

export interface FirstLoad {
  lang: string;
  files: SizedFile[];
  totals: Totals;
  /** The text group counted (the largest: a returning user's first card may be in any group). */
  textGroup: string;
}

/**
 * The entry's CSS files that are still files of the build: its own CSS is inlined into index.html
 * (src/app/build/critical-path.ts), so it is counted there and never requested.
 */
export function linkedCss(dist: string, css: readonly string[]): string[] {
  return css.filter((file) => existsSync(join(dist, file)));
}

/**
 * The first load of a visit in `lang`, determined from the build: index.html (with the prerendered
 * screens and the inlined CSS), the entry JS with its static imports and any CSS they link, the chunks every start imports (LOADED_AT_START), the language's first-load
 * UI strings, its dataset core, and its largest dataset text group (the first card needs its own
 * group only; counting the largest covers any first card).
 */
export function firstLoad(dist: string, lang: string): FirstLoad {
  const manifest = readManifest(dist);
  const { js, css } = staticEntryFiles(manifest);
  const groups = textGroupFiles(manifest, lang).map((f) => sizeFile(dist, f, 'texts'));
  if (groups.length === 0) throw new Error(`No dataset text chunks for ${lang} in ${dist}`);
  const largest = groups.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const ui = uiStringFiles(manifest, lang);
  if (ui.length === 0) throw new Error(`No UI-string chunks for ${lang} in ${dist}`);
  const core = textCoreFiles(manifest, lang);
  if (core.length !== 1) throw new Error(`Expected one dataset core chunk for ${lang} in ${dist}`);
  const files = [
    sizeFile(dist, 'index.html', 'html'),
    ...js.map((f) => sizeFile(dist, f, 'js')),
    ...startupDynamicFiles(manifest).map((f) => sizeFile(dist, f, 'js')),
    ...linkedCss(dist, css).map((f) => sizeFile(dist, f, 'css')),
    ...ui.map((f) => sizeFile(dist, f, 'ui-strings')),
    ...core.map((f) => sizeFile(dist, f, 'texts')),
    largest,
  ];
  return { lang, files, totals: totals(files), textGroup: largest.file };
}

/** Every file under dist/ (relative, forward slashes), except Vite's own metadata. */
export function allBuildFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '.vite') walk(path);
      } else out.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  return out.sort();
}

/** The service worker's precache list (dist/sw.js), or null when the build has no service worker. */
export function precacheList(dist: string): string[] | null {
  const sw = join(dist, 'sw.js');
  if (!existsSync(sw)) return null;
  const text = readFileSync(sw, 'utf8');
  const urls = [...text.matchAll(/\{\s*url\s*:\s*"([^"]+)"\s*,\s*revision\s*:/g)].map(
    (m) => m[1] ?? '',
  );
  if (urls.length === 0) throw new Error('dist/sw.js holds no precache entries (format changed?)');
  return urls;
}

export interface Precache {
  /** Where the list came from: the service worker's manifest, or every built file before the PWA existed. */
  source: 'sw.js' | 'dist';
  files: SizedFile[];
  totals: Totals;
  /** The service worker's own scripts (sw.js, workbox-*.js): downloaded for offline use, outside the precache list. */
  worker: SizedFile[];
}

/** The whole offline precache: every entry of the service worker's list (all languages, all screens). */
export function precache(dist: string): Precache {
  const list = precacheList(dist);
  const files = (list ?? allBuildFiles(dist)).map((f) => sizeFile(dist, f));
  const worker = list
    ? allBuildFiles(dist)
        .filter((f) => f === 'sw.js' || /^workbox-[\w-]+\.js$/.test(f))
        .map((f) => sizeFile(dist, f, 'js'))
    : [];
  return { source: list ? 'sw.js' : 'dist', files, totals: totals(files), worker };
}

/** The `n` biggest files by gzip size, as "file 12.3 KiB" lines, for failure messages. */
export function biggest(files: readonly SizedFile[], n = 8): string {
  return [...files]
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, n)
    .map((f) => `  ${kib(f.gzip).padStart(9)}  ${f.file}`)
    .join('\n');
}

/** Bytes as KiB with one decimal ("12.3 KiB"). */
export function kib(bytes: number): string {
  return `${(bytes / KIB).toFixed(1)} KiB`;
}
