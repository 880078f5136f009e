import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRESS_STORAGE_KEY } from '../../src/state/progress-persistence';
import { baseUrl, launchBrowser, openPage } from './browser';
import { answerCard } from './pwa-study';

/** Answers `count` cards of a study session, grading each Good (whatever storage does meanwhile). */
async function answer(page: Page, count: number): Promise<void> {
  await page.getByRole('button', { name: /^Start studying/ }).click();
  for (let i = 1; i <= count; i++) {
    const grades = await answerCard(page);
    // Graded: the grades leave with the card (the bar counts cards done, not answers).
    await grades.waitFor({ state: 'detached' });
  }
}

/** Log entries in saved progress (five numbers each). */
function savedReviews(page: Page): Promise<number> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { log: { entries: number[] } }).log.entries.length / 5 : 0;
  }, PROGRESS_STORAGE_KEY);
}

describe('Storage faults in Chromium (production build)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('full storage, three answers, room again, a reload without another answer: all three kept', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US', serviceWorkers: 'block' });
    await page.goto(`${baseUrl()}/study`);
    await page.getByRole('button', { name: /^Start studying/ }).waitFor();
    // Fill localStorage up to its quota with another key (another app's data, say).
    await page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      let filler = '';
      while (chunk.length > 0) {
        try {
          localStorage.setItem('filler', filler + chunk);
          filler += chunk;
        } catch {
          chunk = chunk.slice(0, chunk.length >> 1);
        }
      }
    });
    await answer(page, 3);
    await page.getByText('Progress is not being saved').waitFor();
    expect(await savedReviews(page)).toBe(0);
    await page.evaluate(() => localStorage.removeItem('filler'));
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await savedReviews(page)).toBe(3);
    await context.close();
  });

  it('with site data blocked it studies, says progress will not be kept, and asks before leaving', async () => {
    const { context, page, errors } = await openPage(browser, {
      locale: 'en-US',
      serviceWorkers: 'block',
    });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(`${baseUrl()}/study`);
    const notice = page.getByRole('region', { name: 'Progress will not be kept' });
    await notice.waitFor();
    await answer(page, 1);
    await notice.getByRole('button', { name: "Download this tab's answers" }).waitFor();
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(errors).toEqual([]);
    // The learner stayed; now the page closes for good (without asking) before its context.
    await page.close();
    await context.close();
  });
});
