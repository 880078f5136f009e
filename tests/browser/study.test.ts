import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core violations on the page as readable lines (empty when there are none). */
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

/** The number shown under a count label ("New", "Learning", "To review") on the overview. */
async function count(page: Page, label: string): Promise<number> {
  const text = await page
    .locator('.study-counts > div', { has: page.locator('dt', { hasText: label }) })
    .locator('dd')
    .textContent();
  return Number(text);
}

describe('Study in Chromium (production build)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a new user studies 10 cards by mouse and keyboard, reloads, and sees the counts updated', async () => {
    const { context, page, errors, foreignRequests } = await openPage(browser, {
      locale: 'en-US',
      serviceWorkers: 'block',
    });
    await page.goto(`${baseUrl()}/`);
    await expect.poll(() => count(page, 'New'), { timeout: 10_000 }).toBe(20);
    expect(await count(page, 'Learning')).toBe(0);
    await page.getByRole('button', { name: 'Start studying (20 cards)' }).click();

    let introduced = 0;
    for (let i = 0; i < 10; i++) {
      const byKeyboard = i % 2 === 1;
      await page.locator('.card').waitFor();
      if ((await page.locator('.card__kind').textContent())?.includes('New')) introduced++;
      const reveal = page.getByRole('button', { name: 'Show answer' });
      if (await reveal.count()) {
        if (byKeyboard) await page.keyboard.press('Space');
        else await reveal.click();
      } else if (byKeyboard) await page.keyboard.press('b');
      else await page.locator('.answer-choices button').first().click();
      const grades = page.getByRole('group', { name: 'How well did you remember?' });
      await grades.waitFor();
      if (byKeyboard) await page.keyboard.press('3');
      else await grades.getByRole('button', { name: /^Good/ }).click();
      // Graded: the next card's front replaces the grades; the bar's end never moves.
      await grades.waitFor({ state: 'detached' });
      expect(
        await page
          .getByRole('progressbar', { name: 'Session progress' })
          .getAttribute('aria-valuemax'),
      ).toBe('20');
    }

    await page.reload();
    await expect.poll(() => count(page, 'New'), { timeout: 10_000 }).toBe(20 - introduced);
    expect(introduced).toBeGreaterThan(0);
    // Cards answered once (Good or Again) are in learning, due within minutes.
    expect(await count(page, 'Learning')).toBeGreaterThan(0);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const)
    it(`axe-core: study card front and back have no violations (${colorScheme})`, async () => {
      const { context, page } = await openPage(browser, {
        locale: 'en-US',
        colorScheme,
        serviceWorkers: 'block',
      });
      // "Study this code now": 404's recall card, then its reverse card answered by options.
      await page.goto(`${baseUrl()}/study?code=404`);
      const found: string[] = [];
      // A recall card (front, back), then an option card (front, back after a wrong pick).
      await page.getByRole('button', { name: 'Show answer' }).waitFor();
      found.push(...(await axeViolations(page, 'recall front')));
      await page.keyboard.press('Space');
      await page.locator('.grade-bar').waitFor();
      found.push(...(await axeViolations(page, 'recall back')));
      await page.keyboard.press('3');
      await page.locator('.answer-choices').waitFor();
      found.push(...(await axeViolations(page, 'choice front')));
      await page.keyboard.press('a');
      await page.locator('.grade-bar').waitFor();
      found.push(...(await axeViolations(page, 'choice back')));
      await page.keyboard.press('?');
      await page.getByRole('dialog').waitFor();
      found.push(...(await axeViolations(page, 'shortcuts dialog')));
      expect(found, found.join('\n')).toEqual([]);
      await context.close();
    });
});
