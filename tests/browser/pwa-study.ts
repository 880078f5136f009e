import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { PROGRESS_STORAGE_KEY } from '../../src/state/progress-persistence';

/** How many cards the saved progress (localStorage) holds: what survives a reload. */
export function savedCardCount(page: Page): Promise<number> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    if (!raw) return 0;
    return Object.keys((JSON.parse(raw) as { cards?: object }).cards ?? {}).length;
  }, PROGRESS_STORAGE_KEY);
}

/** Opens Study, starts a session and answers `count` cards, grading each Good, whatever kind each is. */
export async function studyCards(page: Page, base: string, count: number): Promise<void> {
  const start = await savedCardCount(page);
  await page.goto(`${base}study`);
  await page.getByRole('button', { name: /^Start studying/ }).click();
  for (let i = 1; i <= count; i += 1) {
    await answerCard(page);
    await expect.poll(() => savedCardCount(page)).toBe(start + i);
  }
}

/**
 * Answers the card on screen, whatever its kind (reveal, pick the first option, or type 200), and
 * grades it Good; returns the grade group, which leaves with the card.
 */
export async function answerCard(page: Page): Promise<Locator> {
  const reveal = page.getByRole('button', { name: 'Show answer' });
  const choice = page.locator('.answer-choices button').first();
  const typed = page.locator('.card form input');
  await expect
    .poll(async () => (await reveal.count()) + (await choice.count()) + (await typed.count()))
    .toBeGreaterThan(0);
  if (await reveal.count()) await reveal.click();
  else if (await choice.count()) await choice.click();
  else {
    await typed.fill('200');
    await typed.press('Enter');
  }
  const grades = page.getByRole('group', { name: 'How well did you remember?' });
  await grades.getByRole('button', { name: /^Good/ }).click();
  return grades;
}
