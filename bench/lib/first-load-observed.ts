import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { sizeFile, totals, type SizedFile, type Totals } from './build-size';
import { waitForFirstCard } from './study-page';

export interface ObservedLoad {
  lang: string;
  /** Every response before the first card could be studied, sized from the build's files. */
  files: SizedFile[];
  totals: Totals;
  /** Wall time from navigation to the first card's question, ms (unthrottled, local server). */
  msToFirstCard: number;
}

/**
 * A cold visit to /study in `locale` (fresh context, no service worker), recording every response the
 * browser receives until the first card can be studied (Start pressed, the card's question shown).
 * With `background: false` the app's idle-time loading is switched off (requestIdleCallback never
 * fires), so the record holds exactly what the first card needs; with `background: true` the record
 * runs on until the network has been quiet for 3 s after the first card: everything a first visit
 * downloads (without the service worker, which would add the whole precache).
 */
export async function observeFirstLoad(
  browser: Browser,
  baseUrl: string,
  dist: string,
  lang: string,
  locale: string,
  background: boolean,
): Promise<ObservedLoad> {
  const context = await browser.newContext({ locale, serviceWorkers: 'block' });
  if (!background)
    await context.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
  const page = await context.newPage();
  const paths: string[] = [];
  const base = new URL(`${baseUrl}/`).pathname;
  let lastActivity = Date.now();
  page.on('request', () => (lastActivity = Date.now()));
  page.on('response', (res) => {
    lastActivity = Date.now();
    const path = new URL(res.url()).pathname;
    if (!path.startsWith(base)) return;
    const file = path.slice(base.length);
    // A navigation to /study is answered with index.html.
    paths.push(existsSync(join(dist, file)) && file !== '' ? file : 'index.html');
  });
  const started = Date.now();
  await page.goto(`${baseUrl}/study`, { waitUntil: 'commit' });
  await waitForFirstCard(page);
  const msToFirstCard = Date.now() - started;
  // The load state 'networkidle' has long passed (before Start): wait for 3 s without traffic (idle
  // callbacks run at the latest 2 s after they are asked for).
  if (background)
    for (const deadline = Date.now() + 15_000; Date.now() - lastActivity < 3000;) {
      if (Date.now() > deadline) break;
      await page.waitForTimeout(50);
    }
  const seen = [...new Set(paths)];
  await context.close();
  const files = seen.map((f) => sizeFile(dist, f));
  return { lang, files, totals: totals(files), msToFirstCard };
}
