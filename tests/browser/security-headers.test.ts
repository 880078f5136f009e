import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerPolicy } from '../../src/app/build/security-headers';
import { baseUrl, launchBrowser, openPage } from './browser';

describe('security headers of the preview server (npm start)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("sends the build's policy with frame-ancestors 'none' on pages and files", async () => {
    const policy = headerPolicy(readFileSync('dist/index.html', 'utf8'));
    for (const path of ['/', '/browse/404', '/manifest.webmanifest']) {
      const response = await fetch(`${baseUrl()}${path}`);
      expect(response.headers.get('content-security-policy'), path).toBe(policy);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('runs its inline scripts under the header policy, and refuses to be framed', async () => {
    const { context, page, errors } = await openPage(browser, { serviceWorkers: 'block' });
    await page.goto(`${baseUrl()}/study`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The prerender's and the loader's inline scripts ran (the app took over): no CSP refusal.
    expect(errors).toEqual([]);

    const framing = await context.newPage();
    const refused: string[] = [];
    framing.on('console', (m) => refused.push(m.text()));
    await framing.setContent(`<iframe src="${baseUrl()}/study" title="framed"></iframe>`);
    await expect.poll(() => refused.join('\n')).toMatch(/frame-ancestors|X-Frame-Options/);
    const framed = framing.frames().find((f) => f !== framing.mainFrame());
    expect(
      await framed?.evaluate(() => document.getElementById('root')).catch(() => null),
    ).toBeNull();
    await context.close();
  });
});
