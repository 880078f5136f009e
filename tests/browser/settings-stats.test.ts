import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, settle } from './axe-check';
import { baseUrl, launchBrowser, openPage } from './browser';
import { seedProgress, simulatedProgressText } from './seed-progress';

const LANGS = [
  ['en', 'en-US'],
  ['zh-Hans', 'zh-CN'],
  ['zh-Hant', 'zh-TW'],
] as const;

/** Opens every "show the data as a table" disclosure, so axe checks the tables too. */
async function openAllTables(page: Page): Promise<number> {
  const summaries = page.locator('details.chart-data > summary');
  const n = await summaries.count();
  for (let i = 0; i < n; i++) await summaries.nth(i).click();
  return n;
}

describe('Stats and Settings in Chromium (production build)', () => {
  let browser: Browser;
  let progress: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    progress = simulatedProgressText();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const [lang, locale] of LANGS)
    it(`axe-core: 0 violations on Stats (charts and tables) and Settings (dialog, error), ${lang}`, async () => {
      const found: string[] = [];
      for (const [colorScheme, viewport] of [
        ['light', { width: 1280, height: 800 }],
        ['dark', { width: 360, height: 740 }],
      ] as const) {
        const { context, page, errors, foreignRequests } = await openPage(browser, {
          locale,
          colorScheme,
          viewport,
          serviceWorkers: 'block',
        });
        await seedProgress(context, progress);
        await page.goto(`${baseUrl()}/stats`);
        await settle(page);
        expect(await page.locator('figure.chart').count()).toBe(3);
        expect(await page.locator('.mastery-row__bar rect').count()).toBeGreaterThan(4);
        expect(await openAllTables(page)).toBe(3);
        found.push(...(await axeViolations(page, `${colorScheme} /stats`)));

        await page.goto(`${baseUrl()}/settings`);
        await settle(page);
        found.push(...(await axeViolations(page, `${colorScheme} /settings`)));
        await page.locator('input[type="file"]').setInputFiles({
          name: 'bad.json',
          mimeType: 'application/json',
          buffer: Buffer.from('not json'),
        });
        await page.getByRole('main').getByRole('alert').waitFor();
        await page.locator('input[type="number"]').first().fill('500');
        await page.locator('input[type="number"]').first().blur();
        found.push(...(await axeViolations(page, `${colorScheme} /settings with errors`)));
        await page.locator('button.danger').click();
        await page.getByRole('dialog').waitFor();
        found.push(...(await axeViolations(page, `${colorScheme} /settings reset dialog`)));
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
        expect(errors).toEqual([]);
        expect(foreignRequests).toEqual([]);
        await context.close();
      }
      expect(found, `axe-core violations:\n${found.join('\n')}`).toEqual([]);
    });

  it('Stats shows the seeded history: streak, calendar and forecast', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US', serviceWorkers: 'block' });
    await seedProgress(context, progress);
    await page.goto(`${baseUrl()}/stats`);
    await settle(page);
    const tile = (name: string) =>
      page.locator('.stat-tile', { has: page.locator('dt', { hasText: name }) }).locator('dd');
    expect(await tile('Longest streak').textContent()).toBe('60 days');
    expect(await tile('Current streak').textContent()).toBe('60 days');
    expect(await page.locator('rect.heat:not(.heat--0)').count()).toBeGreaterThanOrEqual(60);
    expect(await page.locator('rect.bar').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('exports progress as a download and imports it into a fresh browser', async () => {
    const first = await openPage(browser, { locale: 'en-US', serviceWorkers: 'block' });
    await seedProgress(first.context, progress);
    await first.page.goto(`${baseUrl()}/settings`);
    await settle(first.page);
    const [download] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.getByRole('button', { name: 'Download progress (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^http-status-trainer-progress-\d{4}-\d\d-\d\d\.json$/,
    );
    const file = await readFile((await download.path())!, 'utf8');
    const [csv] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.getByRole('button', { name: 'Download review log (CSV)' }).click(),
    ]);
    const csvLines = (await readFile((await csv.path())!, 'utf8')).trimEnd().split('\n');
    expect(csvLines).toHaveLength(1 + 60 * 40);
    await first.context.close();

    const second = await openPage(browser, { locale: 'en-US', serviceWorkers: 'block' });
    await second.page.goto(`${baseUrl()}/settings`);
    await settle(second.page);
    await second.page.getByRole('radio', { name: /^Replace my progress/ }).check();
    await second.page.getByLabel('Choose a progress file (.json)').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    const dialog = second.page.getByRole('dialog', {
      name: 'Replace your progress with this file?',
    });
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await second.page.getByText('Imported. Your review log now holds 2400 reviews.').waitFor();
    await second.page.reload();
    await settle(second.page);
    await second.page.getByRole('link', { name: 'Stats' }).click();
    await expect
      .poll(() =>
        second.page
          .locator('.stat-tile', { has: second.page.locator('dt', { hasText: 'Longest streak' }) })
          .locator('dd')
          .textContent(),
      )
      .toBe('60 days');
    expect(second.errors).toEqual([]);
    await second.context.close();
  });
});
