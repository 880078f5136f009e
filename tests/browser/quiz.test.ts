import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeViolations(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact ?? 'n/a'}) ${v.help}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

/** Chooses only 4xx on the setup form (zh-Hant labels) and starts a 10-question quiz. */
async function startQuiz4xx(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/quiz`);
  await page.getByRole('button', { name: '開始測驗' }).waitFor({ timeout: 10_000 });
  for (const digit of ['1', '2', '3', '5'])
    await page.getByRole('checkbox', { name: new RegExp(`^${digit}xx`) }).uncheck();
  await expect(page.getByRole('checkbox', { name: /^4xx/ }).isChecked()).resolves.toBe(true);
  await page.getByRole('radio', { name: '10 題' }).check();
  await page.getByRole('button', { name: '開始測驗' }).click();
}

describe('Quiz in Chromium (production build)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a zh-Hant user takes a 10-question 4xx quiz and sees the results', async () => {
    const { context, page, errors, foreignRequests } = await openPage(browser, {
      locale: 'zh-TW',
      serviceWorkers: 'block',
    });
    await startQuiz4xx(page);
    for (let i = 1; i <= 10; i++) {
      const progress = page.getByRole('progressbar', { name: '測驗進度' });
      await expect.poll(() => progress.getAttribute('aria-valuetext')).toBe(`第 ${i} 題，共 10 題`);
      // Alternate mouse and keyboard; the pick is whatever option comes first.
      if (i % 2) await page.locator('.answer-choices button').first().click();
      else await page.keyboard.press('1');
      await page.locator('.verdict').waitFor();
      const action = page.getByRole('button', { name: i < 10 ? '下一題' : '查看結果' });
      if (i % 2) await action.click();
      else await page.keyboard.press('Enter');
    }
    const results = page.getByRole('heading', { name: '結果' });
    await results.waitFor();
    await expect.poll(() => results.evaluate((el) => el === document.activeElement)).toBe(true);
    const score = await page.locator('.quiz-results__score').textContent();
    const [, right] = /^答對 (\d+) 題，共 10 題/.exec(score ?? '') ?? [];
    expect(right).toBeDefined();
    const rows = page.getByRole('table', { name: '各類別成績' }).locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('4xx');
    expect(await page.locator('.missed').count()).toBe(10 - Number(right));
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const)
    it(`axe-core: quiz question, feedback and results have no violations (${colorScheme})`, async () => {
      const { context, page } = await openPage(browser, {
        locale: 'zh-TW',
        colorScheme,
        serviceWorkers: 'block',
      });
      await startQuiz4xx(page);
      const found: string[] = [];
      await page.locator('.answer-choices').waitFor();
      found.push(...(await axeViolations(page, 'question')));
      for (let i = 1; i <= 10; i++) {
        await page.keyboard.press(i === 1 ? 'b' : 'a');
        await page.locator('.verdict').waitFor();
        if (i === 1) found.push(...(await axeViolations(page, 'feedback')));
        await page.keyboard.press('Enter');
      }
      await page.locator('.quiz-results').waitFor();
      found.push(...(await axeViolations(page, 'results')));
      expect(found, found.join('\n')).toEqual([]);
      await context.close();
    });
});
