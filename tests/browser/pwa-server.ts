import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';

// Helpers of the PWA browser tests: their own builds and `vite preview` servers on free ports, so
// that swapping the served build never disturbs the shared preview server of the other tests.

const VITE = 'node_modules/vite/bin/vite.js';

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Builds the app into `outDir` (outside dist/) with extra environment (VITE_APP_VERSION, BASE_PATH). */
export function buildTo(outDir: string, env: Record<string, string> = {}): void {
  const result = spawnSync('node', [VITE, 'build', '--outDir', outDir, '--emptyOutDir'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`.slice(-4000));
}

/** Records, for one context, requests to other origins, console errors and CSP violations. */
export async function watchPage(context: BrowserContext, page: Page, origin: string) {
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  context.on('request', (req) => {
    const url = req.url();
    if (/^(data|blob):/.test(url)) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  // Runs before any page script, outside the page's CSP.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { foreignRequests, errors };
}

/** Waits until a service worker is active and controls the page (it claims clients on first install). */
export async function serviceWorkerReady(page: Page, timeoutMs = 20_000): Promise<void> {
  const ready = await page.evaluate(async (ms) => {
    const controlled = (async () => {
      await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller) return true;
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
      return true;
    })();
    const late = new Promise<false>((resolve) => setTimeout(() => resolve(false), ms));
    return Promise.race([controlled, late]);
  }, timeoutMs);
  if (!ready) throw new Error(`no service worker controlled the page within ${timeoutMs} ms`);
}
