import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser } from './browser';
import { startPreview, type PreviewServer } from './preview-server';
import { buildTo, freePort, serviceWorkerReady, watchPage } from './pwa-server';
import { savedCardCount, studyCards } from './pwa-study';

// The installable offline app, against production builds served by `vite preview` (run
// `npx vite build` first). The update and base-path tests build their own variants into temp
// folders and serve them on their own ports, never touching dist/ or the shared server.

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

let browser: Browser;
const temp = mkdtempSync(join(tmpdir(), 'hst-pwa-'));

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  rmSync(temp, { recursive: true, force: true });
});

async function open(origin: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  const page = await context.newPage();
  const watched = await watchPage(context, page, origin);
  return { context, page, ...watched };
}

const heading = (page: Page) => page.locator('h1').first();

describe('offline after one visit', () => {
  it('studies, switches language and opens a deep link offline; the progress is there back online', async () => {
    const base = `${baseUrl()}/`;
    const { context, page, foreignRequests, errors } = await open(new URL(base).origin);
    await page.goto(base);
    await serviceWorkerReady(page);

    await context.setOffline(true);
    const notFromWorker: string[] = [];
    page.on('response', (r) => {
      if (!r.fromServiceWorker()) notFromWorker.push(r.url());
    });
    page.on('requestfailed', (r) => {
      // A navigation cancels the loads still running (ERR_ABORTED): not a network failure.
      const why = r.failure()?.errorText ?? '';
      if (why !== 'net::ERR_ABORTED') notFromWorker.push(`failed (${why}): ${r.url()}`);
    });
    await page.reload();
    await expect.poll(() => heading(page).textContent()).toBe('Study');
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Offline/ })
          .count(),
      )
      .toBe(1);

    await studyCards(page, base, 3);

    await page.getByLabel('Language').selectOption('zh-Hant');
    await expect.poll(() => page.getByRole('navigation').textContent()).toContain('瀏覽');
    await page.goto(`${base}browse/404`);
    await expect.poll(() => heading(page).textContent()).toContain('404');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    await expect.poll(() => page.locator('main').textContent()).toMatch(/[伺服器請求]/);
    expect(notFromWorker).toEqual([]);

    await context.setOffline(false);
    await page.reload();
    await expect.poll(() => heading(page).textContent()).toContain('404');
    await expect.poll(() => page.getByText(/^離線/).count()).toBe(0);
    expect(await savedCardCount(page)).toBe(3);

    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('update to a new build', () => {
  let port: number;
  const buildB = join(temp, 'build-b');
  let server: PreviewServer | undefined;

  beforeAll(async () => {
    port = await freePort();
    buildTo(buildB, { VITE_APP_VERSION: 'pwa-test-b' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('an open tab shows the banner; accepting reloads into the new version with progress intact', async () => {
    server = await startPreview('dist', port);
    const base = `${server.origin}/`;
    // A phone in dark mode: the banner must fit 360 px and keep its contrast.
    const { context, page, foreignRequests, errors } = await open(server.origin, {
      viewport: { width: 360, height: 740 },
      colorScheme: 'dark',
    });
    await page.goto(base);
    await serviceWorkerReady(page);
    const versionA = await page.getAttribute('html', 'data-app-version');
    expect(versionA).not.toBe('pwa-test-b');
    await studyCards(page, base, 2);
    // Stay mid-session: the banner must not interrupt it.
    await expect(page.getByRole('button', { name: 'Reload to update' }).count()).resolves.toBe(0);

    await server.stop();
    server = await startPreview(buildB, port);
    // Returning to the tab is one of the moments the app asks for a new version.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const reloadButton = page.getByRole('button', { name: 'Reload to update' });
    await reloadButton.waitFor({ timeout: 30_000 });
    expect(await page.getByRole('region', { name: 'Update available' }).isVisible()).toBe(true);
    expect(await page.getAttribute('html', 'data-app-version')).toBe(versionA);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    const axe = await new AxeBuilder({ page })
      .include('.pwa-status')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await reloadButton.click();
    await expect
      .poll(() => page.getAttribute('html', 'data-app-version'), { timeout: 20_000 })
      .toBe('pwa-test-b');
    await expect.poll(() => heading(page).textContent()).toBe('Study');
    expect(await reloadButton.count()).toBe(0);
    expect(await savedCardCount(page)).toBe(2);
    // The old version's precache is gone: one precache remains, holding build B's entry script.
    const caches = await page.evaluate(async () => {
      const names = await window.caches.keys();
      const precache = names.filter((n) => n.includes('precache'));
      const urls = (await (await window.caches.open(precache[0] ?? '')).keys()).map((r) => r.url);
      return { precache, urls };
    });
    const entryB = /src="\/(assets\/index-[^"]+\.js)"/.exec(
      readFileSync(join(buildB, 'index.html'), 'utf8'),
    )?.[1];
    expect(caches.precache).toHaveLength(1);
    expect(caches.urls.some((u) => u.endsWith(entryB ?? '?'))).toBe(true);

    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('served under a sub-path (BASE_PATH=/sub/)', () => {
  const buildSub = join(temp, 'build-sub');
  let server: PreviewServer | undefined;

  beforeAll(async () => {
    buildTo(buildSub, { BASE_PATH: '/sub/' });
    server = await startPreview(buildSub, await freePort(), { BASE_PATH: '/sub/' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('runs, installs its worker and manifest under /sub/, and opens deep links offline', async () => {
    const origin = server?.origin ?? '';
    const { context, page, foreignRequests, errors } = await open(origin);
    await page.goto(`${origin}/sub/`);
    await expect.poll(() => heading(page).textContent()).toBe('Study');
    await serviceWorkerReady(page);
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope))).toBe(
      `${origin}/sub/`,
    );
    const cdp = await context.newCDPSession(page);
    const { url, errors: manifestErrors } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(`${origin}/sub/manifest.webmanifest`);
    expect(manifestErrors).toEqual([]);
    const manifest = (await (await fetch(url)).json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({ start_url: '/sub/', scope: '/sub/', id: '/sub/' });

    await context.setOffline(true);
    await page.goto(`${origin}/sub/browse/404`);
    await expect.poll(() => heading(page).textContent()).toContain('404');
    await context.setOffline(false);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('manifest, worker and security metas of the build', () => {
  it('the manifest parses without errors and is installable (but for the test profile)', async () => {
    const origin = new URL(baseUrl()).origin;
    const { context, page } = await open(origin);
    await page.goto(`${origin}/`);
    await serviceWorkerReady(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toBe(`${origin}/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Playwright contexts are incognito-like, which alone blocks installing.
    expect(
      installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'),
    ).toEqual([]);
    await context.close();
  });

  it('every icon exists at its stated size and the start URL lies within the scope', async () => {
    const origin = new URL(baseUrl()).origin;
    const manifest = (await (await fetch(`${origin}/manifest.webmanifest`)).json()) as {
      start_url: string;
      scope: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    const scope = new URL(manifest.scope, `${origin}/manifest.webmanifest`);
    const start = new URL(manifest.start_url, `${origin}/manifest.webmanifest`);
    expect(start.href.startsWith(scope.href)).toBe(true);
    expect(manifest.icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of manifest.icons) {
      const res = await fetch(new URL(icon.src, `${origin}/manifest.webmanifest`));
      expect(res.ok, icon.src).toBe(true);
      expect(res.headers.get('content-type')).toContain(icon.type.split('+')[0]);
      if (icon.type !== 'image/png') continue;
      const png = Buffer.from(await res.arrayBuffer());
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  });

  it('the service worker loads only local code', () => {
    const sw = readFileSync('dist/sw.js', 'utf8');
    expect(sw).not.toMatch(/https?:\/\//);
    const imports = [...sw.matchAll(/define\(\[([^\]]*)\]/g)].flatMap((m) =>
      (m[1] ?? '').split(',').map((s) => s.trim().replace(/^["']|["']$/g, '')),
    );
    expect(imports.length).toBeGreaterThan(0);
    for (const dep of imports) expect(dep).toMatch(/^\.\/workbox-[\w-]+$/);
    expect(sw).not.toContain('importScripts("http');
  });

  it('the built index.html carries the CSP and referrer metas before any script; inline code only by hash', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(content).not.toBeNull();
    expect(content?.index ?? -1).toBeLessThan(html.indexOf('<script'));
    expect(content?.index ?? -1).toBeLessThan(html.indexOf('<style'));
    expect(html).toContain('<meta name="referrer" content="no-referrer" />');
    // The prerendered screen's chooser and the module loader, and the app's CSS: each allowed by its
    // own hash, beside the policy of every other file.
    const hash = (text: string) =>
      `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    const inline = (tag: string) =>
      [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
        hash(m[1] ?? ''),
      );
    const directives = (policy: string) =>
      new Map(
        policy.split(';').map((d) => {
          const [name = '', ...sources] = d.trim().split(/\s+/);
          return [name, sources.sort()] as const;
        }),
      );
    const expected = directives(CSP);
    expected.set('script-src', ["'self'", "'wasm-unsafe-eval'", ...inline('script')].sort());
    expected.set('style-src', ["'self'", ...inline('style')].sort());
    expect(inline('script')).toHaveLength(2);
    expect(inline('style')).toHaveLength(1);
    expect(directives(content?.[1] ?? '')).toEqual(expected);
    // No other script element: the loader adds the modules' tags once the page has painted.
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script>', '<script>']);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('every screen runs under the CSP with no console error or violation', async () => {
    const origin = new URL(baseUrl()).origin;
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ locale: 'en-US', colorScheme: scheme });
      const page = await context.newPage();
      const { errors, foreignRequests } = await watchPage(context, page, origin);
      for (const path of [
        '/',
        '/study',
        '/quiz',
        '/browse',
        '/browse/404',
        '/stats',
        '/settings',
      ]) {
        await page.goto(`${origin}${path}`);
        await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
      }
      await studyCards(page, `${origin}/`, 1);
      await page.goto(`${origin}/settings`);
      await page
        .getByLabel('Theme', { exact: true })
        .selectOption(scheme === 'light' ? 'dark' : 'light');
      expect(errors, scheme).toEqual([]);
      expect(foreignRequests, scheme).toEqual([]);
      await context.close();
    }
  });
});
