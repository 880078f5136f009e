import { readFile } from 'node:fs/promises';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRESS_STORAGE_KEY } from '../../src/state/progress-persistence';
import { axeViolations } from './axe-check';
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
    expect(await axeViolations(page, 'optimiser result')).toEqual([]);
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

describe('simulator, rescheduling and the Anki package in Chromium', () => {
  it('simulates each desired retention in a worker; choosing one sets it and offers to reschedule', async () => {
    const { context, page, errors } = await openPage(browser, { serviceWorkers: 'block' });
    await seedProgress(context, progress);
    await page.goto(`${baseUrl()}/settings`);
    await page.getByRole('button', { name: 'Simulate' }).click();
    const chart = page.locator('figure.fsrs-chart');
    await expect.poll(() => chart.count(), { timeout: 60_000 }).toBe(1);
    expect(await chart.locator('circle').count()).toBe(28);
    await chart.locator('summary').click();
    const rows = chart.locator('tbody tr');
    expect(await rows.count()).toBe(28);
    const reviews = (await rows.locator('td:nth-child(2)').allTextContents()).map(Number);
    expect(reviews.at(-1)).toBeGreaterThan(reviews[0] ?? Infinity);
    // Keyboard: the slider picks 80 %, the button puts it in use.
    const slider = page.getByRole('slider');
    await slider.focus();
    await slider.press('Home');
    for (let i = 0; i < 10; i++) await slider.press('ArrowRight');
    await page.getByRole('button', { name: 'Use 80 %' }).first().click();
    await expect.poll(() => page.getByText('Desired retention set to 80 %.').count()).toBe(1);
    expect(await page.getByLabel('Desired retention (%)').inputValue()).toBe('80');
    // Lower retention: cards move later, and the offer says so before anything moves.
    await expect.poll(() => page.getByText(/would move earlier and \d+ later/).count()).toBe(1);
    // Chart, table, slider and offer pass axe-core in light at 1280 px and dark at 360 px.
    const found = await axeViolations(page, 'light 1280 px');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: 'dark' });
    found.push(...(await axeViolations(page, 'dark 360 px')));
    expect(found).toEqual([]);
    const entriesBefore = await logLength(page);
    await page.getByRole('button', { name: 'Reschedule existing cards now' }).click();
    await expect.poll(() => page.getByText(/cards? rescheduled\./).count()).toBe(1);
    await expect.poll(() => logLength(page)).toBeGreaterThan(entriesBefore);
    expect(await page.getByText('Every card already follows the current settings.').count()).toBe(
      1,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads an .apkg built with sql.js and fflate in a worker', async () => {
    const { context, page, errors, foreignRequests } = await openPage(browser, {
      serviceWorkers: 'block',
    });
    await seedProgress(context, progress);
    await page.goto(`${baseUrl()}/settings`);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download Anki package (.apkg)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^http-status-codes-en-\d{4}-\d\d-\d\d\.apkg$/);
    const path = await download.path();
    const bytes = await readFile(path);
    // A zip (PK\x03\x04) holding the collection.
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(bytes.includes(Buffer.from('collection.anki2'))).toBe(true);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Entries in the saved review log (ids once, five numbers per entry). */
function logLength(page: Page): Promise<number> {
  return page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key) ?? '{}') as { log?: { entries: unknown[] } };
    return (saved.log?.entries.length ?? 0) / 5;
  }, PROGRESS_STORAGE_KEY);
}
