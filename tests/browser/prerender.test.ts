import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';

// index.html carries the first visit's Study screen in each language (src/app/build/prerender-html.ts).

/** Aborts the app's scripts: what a visitor sees before they have arrived. */
async function withoutAppScripts(page: Page) {
  await page.route('**/assets/*.js', (route) => route.abort());
}

const prerendered = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-prerender]')].map((e) => ({
      lang: e.dataset.prerender,
      visible: !e.hidden,
    })),
  );

describe('prerendered first screen (production build)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('paints Study in the visitor’s language before any script of the app has run', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-TW' });
    await withoutAppScripts(page);
    await page.goto(`${baseUrl()}/`);
    expect(await prerendered(page)).toEqual([{ lang: 'zh-Hant', visible: true }]);
    expect(await page.locator('h1').textContent()).toBe('學習');
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    await context.close();
  });

  it('shows the answer mode chosen in every language’s copy, not only in the last one', async () => {
    // The three copies share #root until the script keeps one: one radio group across them would
    // leave only the last copy's choice checked.
    for (const locale of ['en-US', 'zh-CN', 'zh-TW']) {
      const { context, page } = await openPage(browser, { locale });
      await withoutAppScripts(page);
      await page.goto(`${baseUrl()}/`);
      const radios = await page
        .locator('[data-prerender]:not([hidden]) input[type=radio]')
        .evaluateAll((inputs) =>
          inputs.map((r) => ({
            group: (r as HTMLInputElement).name,
            state: `${(r as HTMLInputElement).checked}=${r.hasAttribute('checked')}`,
          })),
        );
      expect(radios.length, locale).toBeGreaterThan(1);
      const states = radios.map((r) => r.state);
      expect(states, locale).toEqual(states.map((r) => `${r.split('=')[1]}=${r.split('=')[1]}`));
      // Each radio group (the new-card order, the answer mode) shows its one choice.
      for (const group of new Set(radios.map((r) => r.group)))
        expect(
          radios.filter((r) => r.group === group && r.state.startsWith('true')),
          `${locale} ${group}`,
        ).toHaveLength(1);
      await context.close();
    }
  });

  it('shows nothing prerendered to a returning visitor or on another screen', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US' });
    await withoutAppScripts(page);
    await page.goto(`${baseUrl()}/browse`);
    expect(await prerendered(page)).toEqual([]);
    await page.addInitScript(() => localStorage.setItem('hst-language', 'zh-Hans'));
    await page.goto(`${baseUrl()}/`);
    expect(await prerendered(page)).toEqual([]);
    expect(await page.locator('#root').innerHTML()).toBe('');
    await context.close();
  });

  it('remembers a tap on the prerendered Start and opens the session once the app has loaded', async () => {
    const { context, page, errors } = await openPage(browser, {
      locale: 'en-US',
      viewport: { width: 360, height: 740 },
    });
    // The entry module waits until the learner has tapped.
    const held: Route[] = [];
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => void held.push(route));
    await page.goto(`${baseUrl()}/`, { waitUntil: 'commit' });
    // The copy in the visitor's language, once index.html's script has chosen it.
    const start = page.locator('[data-prerender]:not([hidden]) .study-start');
    await start.waitFor({ state: 'visible' });
    const box = await start.boundingBox();
    if (!box) throw new Error('the prerendered Start button has no box');
    await expect.poll(() => held.length).toBe(1);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await page.locator('html').getAttribute('data-pending-start')).toBe('');
    await Promise.all(held.map((r) => r.continue()));
    await page.locator('.card').waitFor();
    expect(await page.getByRole('button', { name: /^Start studying/ }).count()).toBe(0);
    expect(await page.locator('html').getAttribute('data-pending-start')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const [name, options] of [
    ['360 px', { viewport: { width: 360, height: 740 } }],
    [
      'an emulated phone',
      {
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      },
    ],
  ] as const) {
    it(`is replaced by the app without a layout shift, and the app works (${name})`, async () => {
      const { context, page, errors } = await openPage(browser, { locale: 'en-US', ...options });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) shifts.push((e as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${baseUrl()}/`);
      await page.getByRole('button', { name: 'Start studying (20 cards)' }).click();
      await page.locator('.card').waitFor();
      expect(await prerendered(page)).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual(
        [],
      );
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
