import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, settle } from './axe-check';
import { baseUrl, launchBrowser, openPage } from './browser';
import { seedProgress, simulatedProgressText } from './seed-progress';

const LANGS = [
  ['en', 'en-US', 'Status code 404'],
  ['zh-Hans', 'zh-CN', '状态码 404'],
  ['zh-Hant', 'zh-TW', '狀態碼 404'],
] as const;

/** The code numbers of the result links, in page order. */
async function shownCodes(page: Page): Promise<number[]> {
  const hrefs = await page
    .locator('.code-list a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => Number(/\/browse\/(\d{3})$/.exec(h)?.[1])).filter(Boolean);
}

describe('Browse in Chromium (production build)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a deep link to a code page works, survives a reload, and links its related codes', async () => {
    const { context, page, errors, foreignRequests } = await openPage(browser, {
      locale: 'en-US',
      serviceWorkers: 'block',
    });
    await page.goto(`${baseUrl()}/browse/404`);
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 15_000 })
      .toBe('Status code 404');
    await page.getByRole('heading', { level: 2, name: /404 Not Found/ }).waitFor();
    await page.reload();
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 15_000 })
      .toBe('Status code 404');
    await page.getByRole('heading', { level: 2, name: /404 Not Found/ }).waitFor();
    await page.getByRole('link', { name: /^410 / }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Status code 410');
    expect(new URL(page.url()).pathname).toBe('/browse/410');
    await page.goBack();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Status code 404');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('search responds as you type, keeps the query in the address, and marks its timing', async () => {
    const { context, page, errors } = await openPage(browser, {
      locale: 'en-US',
      serviceWorkers: 'block',
    });
    await page.goto(`${baseUrl()}/browse`);
    await settle(page);
    const box = page.getByRole('searchbox', { name: 'Search status codes' });
    await box.pressSequentially('41');
    await expect
      .poll(() => shownCodes(page))
      .toEqual([410, 412, 415, 411, 413, 414, 416, 417, 418, 419]);
    await expect
      .poll(() => page.getByRole('main').getByRole('status').textContent())
      .toBe('10 codes');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=41');
    const measures = await page.evaluate(
      () => performance.getEntriesByName('browse-search', 'measure').length,
    );
    expect(measures).toBeGreaterThanOrEqual(2);

    await page.reload();
    await settle(page);
    await expect(box.inputValue()).resolves.toBe('41');
    expect(await shownCodes(page)).toEqual([410, 412, 415, 411, 413, 414, 416, 417, 418, 419]);
    await box.fill('');
    await box.pressSequentially('teapot');
    await expect.poll(() => shownCodes(page)).toContain(418);
    await box.press('Enter');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Status code 418');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a zh-Hant user finds 404 by 找不到, 未找到 and "not found"', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-TW', serviceWorkers: 'block' });
    await page.goto(`${baseUrl()}/browse`);
    await settle(page);
    const box = page.getByRole('searchbox', { name: '搜尋狀態碼' });
    for (const query of ['找不到', '未找到', 'not found']) {
      await box.fill(query);
      await expect.poll(async () => (await shownCodes(page))[0]).toBe(404);
    }
    await context.close();
  });

  for (const [lang, locale, title] of LANGS)
    it(`axe-core: 0 violations on Browse and a code page with progress, ${lang}, light and dark`, async () => {
      const progress = simulatedProgressText();
      const found: string[] = [];
      for (const [colorScheme, viewport] of [
        ['light', { width: 1280, height: 800 }],
        ['dark', { width: 360, height: 740 }],
      ] as const) {
        const { context, page, errors } = await openPage(browser, {
          locale,
          colorScheme,
          viewport,
          serviceWorkers: 'block',
        });
        await seedProgress(context, progress);
        await page.goto(`${baseUrl()}/browse`);
        await settle(page);
        found.push(...(await axeViolations(page, `${colorScheme} /browse`)));
        await page.getByRole('searchbox').fill('40');
        await expect.poll(() => shownCodes(page)).toContain(404);
        found.push(...(await axeViolations(page, `${colorScheme} /browse?q=40`)));
        await page.goto(`${baseUrl()}/browse/404`);
        await settle(page);
        expect(await page.locator('h1').textContent()).toBe(title);
        expect(await page.locator('.card-history__reviews').count()).toBeGreaterThan(0);
        found.push(...(await axeViolations(page, `${colorScheme} /browse/404`)));
        expect(errors).toEqual([]);
        await context.close();
      }
      expect(found, `axe-core violations:\n${found.join('\n')}`).toEqual([]);
    });
});
