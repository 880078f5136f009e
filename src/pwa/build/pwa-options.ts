import type { ManifestOptions, VitePWAOptions } from 'vite-plugin-pwa';
import { THEME_COLORS } from '../theme-colors.ts';

/** Icons declared in the manifest; the PNGs are rendered from public/icon.svg by scripts/generate-icons.mjs. */
export const MANIFEST_ICONS = [
  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
] as const;

/** Manifest icons the browser fetches at install time and the app never shows: kept out of the precache. */
export const INSTALL_ONLY_ICONS = MANIFEST_ICONS.filter(
  (icon) => icon.type === 'image/png' && icon.sizes === '512x512',
).map((icon) => icon.src);

/**
 * What loads only when the learner asks for it and is far too big to precache: the optimiser's and
 * the Anki exporter's workers with their libraries (worker-chunk-*, vite.config.ts) and WebAssembly
 * (fsrs-browser ≈ 1.7 MB, sql.js ≈ 0.7 MB). Kept by the service worker once fetched instead.
 */
export const ON_DEMAND_FILES = [
  'assets/optimizer.worker-*.js',
  'assets/apkg.worker-*.js',
  'assets/worker-chunk-*.js',
  // fsrs-browser's thread-pool helper: bundled with it though a single-threaded fit never runs it.
  'assets/workerHelpers-*.js',
  'assets/*.wasm',
] as const;

/** URLs of ON_DEMAND_FILES, for the runtime cache. */
export const ON_DEMAND_URL =
  /\/assets\/(?:(?:optimizer|apkg)\.worker-[\w-]+\.js|worker-chunk-[\w.-]+\.js|workerHelpers-[\w-]+\.js|[\w.-]+\.wasm)$/;

/** The web app manifest for an app served under `base` ("/" or "/sub/"): start URL, scope and id stay inside it. */
export function webManifest(base: string): Partial<ManifestOptions> {
  return {
    id: base,
    name: 'HTTP Status Trainer',
    short_name: 'HTTP Status',
    description:
      'Learn every HTTP status code with spaced repetition and quizzes, in English, Simplified and Traditional Chinese. Works offline.',
    lang: 'en',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    orientation: 'any',
    theme_color: THEME_COLORS.light,
    background_color: THEME_COLORS.background,
    categories: ['education'],
    icons: MANIFEST_ICONS.map((icon) => ({ ...icon })),
    shortcuts: [
      { name: 'Study', url: `${base}study` },
      { name: 'Browse', url: `${base}browse` },
    ],
  };
}

/**
 * vite-plugin-pwa options: a generated service worker that precaches the whole build (shell, every
 * screen, all three languages' UI strings and dataset texts, icons, manifest), serves index.html for
 * any in-scope navigation offline, and waits for the user's consent before taking over ('prompt').
 */
export function pwaOptions(basePath: string): Partial<VitePWAOptions> {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return {
    strategies: 'generateSW',
    registerType: 'prompt',
    // src/pwa registers through virtual:pwa-register: no inline or extra register script (CSP).
    injectRegister: false,
    manifest: webManifest(base),
    // The glob below already finds the icons; listing them twice would duplicate precache entries.
    includeManifestIcons: false,
    workbox: {
      // The plugin adds manifest.webmanifest itself.
      globPatterns: ['**/*.{js,css,html,svg,png}'],
      // The 512 px icons (~17 KiB gzip, over 5 % of the precache) are for the install prompt and the
      // splash screen, which the browser fetches itself while online at install time; the app never
      // shows them, so offline use does not need them. The small 192 px and apple-touch icons stay.
      globIgnores: [...INSTALL_ONLY_ICONS, ...ON_DEMAND_FILES],
      // Once the learner has used the optimiser or the exporter, it works offline too. Names carry a
      // content hash, so a cached file never goes stale; old versions age out of the small cache.
      runtimeCaching: [
        {
          urlPattern: ON_DEMAND_URL,
          handler: 'CacheFirst',
          options: { cacheName: 'on-demand', expiration: { maxEntries: 24 } },
        },
      ],
      // Relative to the service worker, which lives at the base path.
      navigateFallback: 'index.html',
      // A navigation to a file (robots.txt, an icon) gets that file, not the app.
      navigateFallbackDenylist: [/\/[^/]+\.[a-z0-9]+$/i],
      cleanupOutdatedCaches: true,
      // The first visit is controlled at once, so that lazy chunks load offline without a reload.
      clientsClaim: true,
      skipWaiting: false,
      sourcemap: false,
    },
  };
}
