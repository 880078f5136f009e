import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';

describe('app shell in Chromium (production build)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const [locale, lang, studyName] of [
    ['zh-TW', 'zh-Hant', '學習'],
    ['zh-CN', 'zh-Hans', '学习'],
    ['en-US', 'en', 'Study'],
  ] as const) {
    it(`first visit with locale ${locale} shows ${lang}`, async () => {
      const { context, page, foreignRequests, errors } = await openPage(browser, { locale });
      await page.goto(`${baseUrl()}/`);
      await expect
        .poll(() => page.locator('h1').textContent(), { timeout: 10_000 })
        .toBe(studyName);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(foreignRequests).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('remembers the chosen language across a reload', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US' });
    await page.goto(`${baseUrl()}/browse`);
    await page.getByLabel('Language').selectOption('zh-Hant');
    await expect.poll(() => page.locator('h1').textContent()).toBe('瀏覽');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('瀏覽');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(await page.title()).toContain('狀態碼');
    await context.close();
  });

  for (const [path, heading] of [
    ['/study', 'Study'],
    ['/quiz', 'Quiz'],
    ['/browse', 'Browse'],
    ['/stats', 'Stats'],
    ['/settings', 'Settings'],
  ] as const) {
    it(`a deep link to ${path} opens that screen`, async () => {
      const { context, page, foreignRequests } = await openPage(browser, { locale: 'en-US' });
      await page.goto(`${baseUrl()}${path}`);
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(heading);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }
});
