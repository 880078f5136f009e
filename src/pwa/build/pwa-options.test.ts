import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_COLORS } from '../theme-colors';
import { dropCspOnDevServer } from './csp-dev';
import {
  INSTALL_ONLY_ICONS,
  ON_DEMAND_FILES,
  ON_DEMAND_URL,
  pwaOptions,
  webManifest,
} from './pwa-options';

const indexHtml = readFileSync(resolve(process.cwd(), 'index.html'), 'utf8');

describe('web manifest', () => {
  for (const base of ['/', '/sub/']) {
    it(`under base ${base}: start URL, id and shortcuts lie within the scope`, () => {
      const m = webManifest(base);
      expect(m.scope).toBe(base);
      const scope = new URL(m.scope ?? '', 'https://example.test');
      for (const url of [m.start_url, m.id, ...(m.shortcuts ?? []).map((s) => s.url)]) {
        const resolved = new URL(url ?? '', 'https://example.test');
        expect(resolved.pathname.startsWith(scope.pathname), String(url)).toBe(true);
      }
    });
  }

  it('says what an installed app needs', () => {
    const m = webManifest('/');
    expect(m).toMatchObject({
      name: 'HTTP Status Trainer',
      display: 'standalone',
      lang: 'en',
      categories: ['education'],
      theme_color: THEME_COLORS.light,
      background_color: THEME_COLORS.background,
    });
    expect(m.short_name?.length).toBeLessThanOrEqual(12);
    expect(m.description).toBeTruthy();
  });

  it('a base path without its trailing slash is treated as the folder', () => {
    const manifest = pwaOptions('/sub').manifest;
    expect(manifest && manifest.start_url).toBe('/sub/');
  });
});

describe('service worker options', () => {
  const { workbox, registerType, injectRegister } = pwaOptions('/');

  it('waits for consent, registers from the app code and cleans old caches', () => {
    expect(registerType).toBe('prompt');
    expect(injectRegister).toBe(false);
    expect(workbox).toMatchObject({ cleanupOutdatedCaches: true, skipWaiting: false });
  });

  it('precaches the app but leaves the install-only 512 px icons to the browser', () => {
    expect(workbox?.globPatterns).toEqual(['**/*.{js,css,html,svg,png}']);
    expect(workbox?.globIgnores).toEqual([
      'icons/icon-512.png',
      'icons/maskable-512.png',
      ...ON_DEMAND_FILES,
    ]);
    // The manifest still declares them, so installability is unchanged.
    const declared = (webManifest('/').icons ?? []).map((icon) => icon.src);
    for (const ignored of INSTALL_ONLY_ICONS) expect(declared).toContain(ignored);
    expect(workbox?.globIgnores).not.toContain('icons/icon-192.png');
  });

  it('keeps the on-demand workers and WebAssembly out of the precache but caches them once fetched', () => {
    const cached = (path: string) => ON_DEMAND_URL.test(`https://example.test${path}`);
    expect(cached('/assets/fsrs_browser_bg-Bh4aITD1.wasm')).toBe(true);
    expect(cached('/sub/assets/optimizer.worker-DqAueiLW.js')).toBe(true);
    expect(cached('/assets/apkg.worker-Ab_12.js')).toBe(true);
    expect(cached('/assets/worker-chunk-sql-wasm-browser-x1.js')).toBe(true);
    // The small simulator worker and the screens stay precached, so they work offline at once.
    expect(cached('/assets/simulator.worker-BFn_2uIk.js')).toBe(false);
    expect(cached('/assets/settings-screen-DE3x4eXJ.js')).toBe(false);
    expect(workbox?.runtimeCaching).toEqual([
      expect.objectContaining({ urlPattern: ON_DEMAND_URL, handler: 'CacheFirst' }),
    ]);
  });

  it('falls back to index.html for app routes but not for files', () => {
    expect(workbox?.navigateFallback).toBe('index.html');
    const deny = workbox?.navigateFallbackDenylist ?? [];
    const denied = (path: string) => deny.some((re) => re.test(path));
    expect(denied('/browse/404')).toBe(false);
    expect(denied('/sub/study')).toBe(false);
    expect(denied('/robots.txt')).toBe(true);
    expect(denied('/sub/icons/icon-192.png')).toBe(true);
  });
});

describe('index.html', () => {
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml)?.[1];

  it('has a CSP allowing only the app origin, with no inline script or eval', () => {
    const directives = Object.fromEntries(
      (csp ?? '').split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self' 'wasm-unsafe-eval'",
      'style-src': "'self'",
      'img-src': "'self' data: blob:",
      'connect-src': "'self'",
      'worker-src': "'self'",
      'manifest-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
    });
  });

  it('has a referrer policy and no inline script', () => {
    expect(indexHtml).toContain('<meta name="referrer" content="no-referrer" />');
    expect(indexHtml).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('theme-color metas match the manifest colours per scheme', () => {
    expect(indexHtml).toContain(
      `<meta name="theme-color" content="${THEME_COLORS.light}" media="(prefers-color-scheme: light)" />`,
    );
    expect(indexHtml).toContain(
      `<meta name="theme-color" content="${THEME_COLORS.dark}" media="(prefers-color-scheme: dark)" />`,
    );
  });

  it('the dev server drops only the CSP meta', () => {
    const plugin = dropCspOnDevServer();
    expect(plugin.apply).toBe('serve');
    const hook = plugin.transformIndexHtml as { handler: (html: string) => string };
    const served = hook.handler(indexHtml);
    expect(served).not.toContain('Content-Security-Policy');
    expect(served).toContain('<meta name="referrer"');
    expect(indexHtml.length - served.length).toBeLessThan(400);
  });
});
