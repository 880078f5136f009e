import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allBuildFiles } from '../../bench/lib/build-size';
import { baseUrl, launchBrowser, openPage } from './browser';

const DIST = 'dist';
const PATHS = ['/study', '/quiz', '/browse', '/browse/404', '/stats', '/settings', '/no-such-page'];

// An absolute or protocol-relative address: what would leave the app's origin.
const FOREIGN = String.raw`(?:https?:|wss?:)?\/\/`;

/** Places where a built file makes the browser fetch an address (plain <a href> links are not among them). */
const FETCHING_SITES: { kind: string; files: RegExp; pattern: RegExp }[] = [
  {
    kind: 'HTML element that loads its src/href',
    files: /\.html$/,
    pattern: new RegExp(
      String.raw`<(?:script|link|img|iframe|source|video|audio|embed|object|track|image|use|input)\b[^>]*?\s(?:src|href|srcset|data|poster|xlink:href)\s*=\s*["']?\s*${FOREIGN}`,
      'gi',
    ),
  },
  {
    kind: 'CSS url() or @import',
    files: /\.(?:css|html|js)$/,
    pattern: new RegExp(String.raw`(?:url\(\s*["']?|@import\s+["'])\s*${FOREIGN}`, 'gi'),
  },
  {
    kind: 'script fetch/import/worker/socket target',
    files: /\.(?:js|html)$/,
    pattern: new RegExp(
      String.raw`\b(?:fetch|import|importScripts|Worker|SharedWorker|EventSource|WebSocket|sendBeacon|open)\s*\(\s*[\x60"']\s*${FOREIGN}`,
      'g',
    ),
  },
  {
    kind: 'script setting a src',
    files: /\.(?:js|html)$/,
    pattern: new RegExp(String.raw`\.src\s*=\s*[\x60"']\s*${FOREIGN}`, 'g'),
  },
];

function excerpt(text: string, index: number): string {
  return text.slice(Math.max(0, index - 40), index + 80).replace(/\s+/g, ' ');
}

describe('the built app loads nothing from another origin', () => {
  it('no built file points a fetching element, url(), import or fetch at another origin', () => {
    const found: string[] = [];
    for (const file of allBuildFiles(DIST)) {
      if (!/\.(?:html|css|js)$/.test(file)) continue;
      const text = readFileSync(join(DIST, file), 'utf8');
      for (const site of FETCHING_SITES) {
        if (!site.files.test(file)) continue;
        for (const match of text.matchAll(site.pattern))
          found.push(`${file}: ${site.kind}: …${excerpt(text, match.index)}…`);
      }
    }
    expect(found, found.join('\n')).toEqual([]);
  });

  it('the web app manifest names no address on another origin', () => {
    const foreign: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string' && new RegExp(`^${FOREIGN}`).test(value))
        foreign.push(`${path}: ${value}`);
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')), 'manifest');
    expect(foreign).toEqual([]);
  });

  describe('in Chromium, with the service worker installing', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser.close();
    });

    it('visiting every screen requests only the app origin', async () => {
      const { context, page, foreignRequests } = await openPage(browser, { locale: 'en-US' });
      const origin = new URL(baseUrl()).origin;
      for (const path of PATHS) {
        await page.goto(`${baseUrl()}${path}`);
        await page.locator('h1').first().waitFor({ state: 'visible', timeout: 15_000 });
        await page.waitForLoadState('networkidle');
      }
      // The service worker precaches the whole build on its first visit: wait until it is active.
      const active = await page.evaluate(async () => {
        const registration = await Promise.race([
          navigator.serviceWorker.ready,
          new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 10_000)),
        ]);
        return registration?.active?.state ?? 'none';
      });
      // Resource timing also lists loads Playwright may not see (e.g. from CSS).
      const loaded = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => e.name),
      );
      expect(foreignRequests).toEqual([]);
      expect(
        loaded.filter((url) => !url.startsWith(origin) && !/^(?:data|blob):/.test(url)),
      ).toEqual([]);
      expect(active, 'the service worker should have installed and precached').toBe('activated');
      await context.close();
    });
  });
});
