import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';

/** WCAG 2.1 A and AA, the level issue #8 asks for. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Every screen's address, including a code page and the not-found page. */
const PATHS = [
  '/study',
  '/quiz',
  '/browse',
  '/browse/404',
  // A code with knowledge (issue 15): its page lists headers, methods, caching, … with links.
  '/browse/405',
  '/stats',
  '/settings',
  '/no-such-page',
];

const LANGS = [
  ['en', 'en-US'],
  ['zh-Hans', 'zh-CN'],
  ['zh-Hant', 'zh-TW'],
] as const;
const SCHEMES = ['light', 'dark'] as const;
const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;

/** Counts the page's requests in flight, to wait for quiet without networkidle's fixed 500 ms. */
function trackRequests(page: Page): () => number {
  let inFlight = 0;
  page.on('request', () => inFlight++);
  page.on('requestfinished', () => inFlight--);
  page.on('requestfailed', () => inFlight--);
  return () => inFlight;
}

/** Waits until a screen has rendered and stopped loading (lazy chunk, dataset texts). */
async function settle(page: Page, inFlight: () => number): Promise<void> {
  await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.locator('.screen-loading').waitFor({ state: 'detached', timeout: 15_000 });
  const deadline = Date.now() + 15_000;
  let quietSince = Date.now();
  while (Date.now() - quietSince < 150) {
    if (Date.now() > deadline) throw new Error('the page kept loading for 15 s');
    if (inFlight() > 0) quietSince = Date.now();
    await page.waitForTimeout(25);
  }
}

/** Opens an app path the way the app's links do (history + popstate), without reloading the page. */
async function navigateInApp(page: Page, path: string): Promise<void> {
  const before = await page.$('main h1');
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await before?.waitForElementState('hidden');
}

/** One line per violation: rule, impact, what it asks, and the first offending elements. */
function describeViolations(
  path: string,
  violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations'],
) {
  return violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 3)
      .map(
        (n) =>
          `      ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`,
      )
      .join('\n');
    return `  ${path} ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${nodes}`;
  });
}

describe('axe-core finds no WCAG 2.1 A/AA violation on any screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  /** Visits every screen in one context and returns axe's violations, foreign requests and errors. */
  async function auditScreens(
    lang: string,
    options: Parameters<Browser['newContext']>[0],
  ): Promise<string[]> {
    const { context, page, foreignRequests, errors } = await openPage(browser, {
      ...options,
      serviceWorkers: 'block',
    });
    const inFlight = trackRequests(page);
    const width = options?.viewport?.width ?? 0;
    const found: string[] = [];
    // One page load, then the app's own navigation: the screens as a user reaches them.
    await page.goto(`${baseUrl()}${PATHS[0]}`);
    for (const [i, path] of PATHS.entries()) {
      if (i > 0) await navigateInApp(page, path);
      await settle(page, inFlight);
      const htmlLang = await page.getAttribute('html', 'lang');
      if (htmlLang !== lang) found.push(`  ${path} at ${width} px: <html lang="${htmlLang}">`);
      const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      found.push(...describeViolations(`${path} at ${width} px`, result.violations));
    }
    found.push(...foreignRequests.map((url) => `  ${width} px: request to another origin: ${url}`));
    found.push(...errors.map((e) => `  ${width} px: console error: ${e}`));
    await context.close();
    return found;
  }

  for (const [lang, locale] of LANGS)
    for (const colorScheme of SCHEMES)
      it(`${lang}, ${colorScheme}: every screen at 360 and 1280 px`, async () => {
        // The two widths run side by side (two renderers: axe is CPU-bound, and CI has two cores).
        const found = (
          await Promise.all(
            VIEWPORTS.map((viewport) => auditScreens(lang, { locale, colorScheme, viewport })),
          )
        ).flat();
        expect(found, `axe-core violations and problems:\n${found.join('\n')}`).toEqual([]);
      });
});
