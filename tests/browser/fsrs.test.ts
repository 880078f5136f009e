import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRESS_STORAGE_KEY } from '../../src/state/progress-persistence';
import { baseUrl, launchBrowser, openPage } from './browser';
import { serviceWorkerReady } from './pwa-server';
import { seedProgress, simulatedProgressText } from './seed-progress';

// The scheduler section of Settings against the production build: the optimiser in its module
// worker (fsrs-browser's WebAssembly), cancel, offline use after one run, and the simulator.

/** 50 days × 40 answers: a seeded log of 2,000 reviews. */
const REVIEWS = 2_000;

let browser: Browser;
let progress: string;
beforeAll(async () => {
  browser = await launchBrowser();
  progress = simulatedProgressText(50, REVIEWS / 50);
});
afterAll(async () => {
  await browser.close();
});

/** The parameter set saved in localStorage (undefined for the defaults). */
async function savedParameters(
  page: Page,
): Promise<{ w: number[]; reviewCount: number } | undefined> {
  return page.evaluate((key) => {
    const text = localStorage.getItem(key);
    const saved = text ? (JSON.parse(text) as { settings?: { parameters?: never } }) : undefined;
    return saved?.settings?.parameters;
  }, PROGRESS_STORAGE_KEY);
}

const optimise = (page: Page) => page.getByRole('button', { name: 'Optimise parameters' });

describe('optimising FSRS parameters in Chromium', () => {
  it('fits a seeded 2,000-review log end to end, shows before/after and keeps the better weights', async () => {
    const { context, page, errors, foreignRequests } = await openPage(browser, {
      serviceWorkers: 'block',
    });
    await seedProgress(context, progress);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${baseUrl()}/settings`);
    await expect.poll(() => page.getByText('Parameters: the FSRS defaults.').count()).toBe(1);
    await optimise(page).click();
    await expect.poll(() => page.getByRole('progressbar').count()).toBe(1);
    await expect.poll(() => page.locator('.fsrs-result').count(), { timeout: 120_000 }).toBe(1);
    const verdict = await page.locator('.fsrs-result__verdict').textContent();
    expect(verdict).toMatch(/New parameters saved|already fit/);
    const table = page.getByRole('table', { name: /How well the parameters predict/ });
    const cells = await table.locator('td').allTextContents();
    expect(cells).toHaveLength(4);
    for (const cell of cells) expect(Number(cell)).toBeGreaterThan(0);
    const [beforeLoss, afterLoss] = [Number(cells[0]), Number(cells[1])];
    const saved = await savedParameters(page);
    if (afterLoss < beforeLoss) {
      expect(saved?.w).toHaveLength(21);
      expect(saved?.reviewCount).toBeGreaterThan(500);
      await expect.poll(() => page.getByText(/Parameters: fitted to your/).count()).toBe(1);
    } else expect(saved).toBeUndefined();
    // The optimiser ran in a module worker of our own origin, and the page never asked elsewhere.
    expect(workers.some((url) => /\/assets\/optimizer\.worker-/.test(url))).toBe(true);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Cancel ends the worker mid-run and changes nothing', async () => {
    const { context, page, errors } = await openPage(browser, { serviceWorkers: 'block' });
    await seedProgress(context, progress);
    const workers: { url: string; closed: boolean }[] = [];
    page.on('worker', (w) => {
      const entry = { url: w.url(), closed: false };
      workers.push(entry);
      w.on('close', () => {
        entry.closed = true;
      });
    });
    // The WebAssembly is held back, so that the run is surely still going when Cancel is pressed.
    const held: Route[] = [];
    await context.route('**/*.wasm', (route) => void held.push(route));
    await page.goto(`${baseUrl()}/settings`);
    await optimise(page).click();
    await expect.poll(() => held.length).toBe(1);
    await expect.poll(() => page.getByText(/Step 1 of 3/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => page.getByText('Optimisation cancelled. Nothing was changed.').count())
      .toBe(1);
    const optimiser = workers.find((w) => /optimizer\.worker-/.test(w.url));
    await expect.poll(() => optimiser?.closed).toBe(true);
    expect(await savedParameters(page)).toBeUndefined();
    expect(await optimise(page).isEnabled()).toBe(true);
    await Promise.all(held.map((r) => r.abort()));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the optimiser offline', () => {
  it('works offline after one run online (its worker and WebAssembly come from the runtime cache)', async () => {
    const { context, page, errors } = await openPage(browser);
    await seedProgress(context, progress);
    await page.goto(`${baseUrl()}/settings`);
    await serviceWorkerReady(page);
    await optimise(page).click();
    await expect.poll(() => page.locator('.fsrs-result').count(), { timeout: 120_000 }).toBe(1);

    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => optimise(page).count()).toBe(1);
    expect(await page.getByText(/You are offline and the optimiser/).count()).toBe(0);
    await optimise(page).click();
    await expect
      .poll(() => page.locator('.fsrs-result, .setting__error[role="alert"]').count(), {
        timeout: 120_000,
      })
      .toBe(1);
    expect(await page.locator('.fsrs-result').count()).toBe(1);
    await context.setOffline(false);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.close();
  });

  it('says so when offline before the optimiser was ever downloaded', async () => {
    const { context, page } = await openPage(browser);
    await seedProgress(context, progress);
    await page.goto(`${baseUrl()}/settings`);
    await serviceWorkerReady(page);
    await context.setOffline(true);
    await page.reload();
    await expect
      .poll(() =>
        page.getByText(/You are offline and the optimiser has not been downloaded/).count(),
      )
      .toBe(1);
    expect(await optimise(page).isDisabled()).toBe(true);
    await context.setOffline(false);
    await context.close();
  });
});
