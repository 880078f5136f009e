import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  biggest,
  firstLoad,
  GZIP_LEVEL,
  kib,
  KIB,
  linkedCss,
  precache,
  readManifest,
  staticEntryFiles,
} from '../../bench/lib/build-size';
import { waitForFirstCard } from '../../bench/lib/study-page';
import { baseUrl, launchBrowser, openPage } from './browser';

// Issue #8's targets are 110 KiB (first load) and 250 KiB (precache), gzip. They are not met, and the
// fixed stack alone explains most of it: a bare Vite build of React 19 + react-dom, i18next +
// react-i18next and zustand rendering one translated button is 84.3 KiB gzip, leaving 26 KiB for the
// app, its CSS, the first card's data and UI strings, the prerendered first screen and ts-fsrs
// (~6.5 KiB, needed to grade the first card). The precache holds three languages' texts (~104 KiB),
// every screen and the small PNG icons (~6.5 KiB; the 512 px ones are left to the browser's install,
// src/pwa/build/pwa-options.ts). So the gates sit at the measured size plus ~3 KiB of headroom
// (measured: first load 134.1 KiB in en, 135.3 in zh-Hans and zh-Hant; precache 298.8 KiB; README
// "Performance"), to stop regressions; lower them whenever the build shrinks. Issue 13's content
// (three scenarios a code, search aliases in their own chunk per language, contrasts of the confusion
// sets, the RFC rules, six more codes) and issue 17's scheduler section of Settings (optimiser,
// reschedule offer, simulator and its worker, Anki package export, strings in three languages, so that
// it works offline from the first visit) raised the precache; the optimiser's and the exporter's
// workers with fsrs-browser, sql.js and fflate and their WebAssembly (~0.8 MiB gzip) are left out and
// cached by the service worker once used. Issues 14 and 16 added the storage notices, the recovery
// import, the backups list, where progress is kept, the backup file and reminder (+15.5 KiB). Issue
// 15's "what a developer must know" for every registered code in three languages (~118 KiB, a chunk
// per text group, so that offline study has it) and its four card kinds raised the precache to
// 551.8 KiB. The first load is 142.9 KiB (en) and 144.5 (zh), within 0.8 KiB of its size before
// issue 15 (142.1 and 143.7): the kinds' registry is on the first card's path, and paid for by
// moving the installed-app layer (src/app/lazy-pwa.tsx) and the card back's lesson (card-parts.ts)
// out of it. gzip is node:zlib level 9 of the production build in dist/.
const FIRST_LOAD_TARGET = 110 * KIB;
const FIRST_LOAD_GATE = 146 * KIB;
const PRECACHE_TARGET = 250 * KIB;
const PRECACHE_GATE = 554 * KIB;
const DIST = 'dist';

const LANGS = [
  ['en', 'en-US'],
  ['zh-Hans', 'zh-CN'],
  ['zh-Hant', 'zh-TW'],
] as const;

describe(`size budget of the production build (gzip level ${GZIP_LEVEL})`, () => {
  for (const [lang] of LANGS) {
    it(`first load in ${lang} (HTML, JS, CSS, UI strings, text core, largest text group) ≤ ${kib(FIRST_LOAD_GATE)}`, () => {
      const load = firstLoad(DIST, lang);
      expect(
        load.totals.gzip,
        `First load in ${lang} is ${kib(load.totals.gzip)} gzip, over the gate of ${kib(FIRST_LOAD_GATE)} ` +
          `(issue #8's target: ${kib(FIRST_LOAD_TARGET)}). Biggest files:\n${biggest(load.files)}`,
      ).toBeLessThanOrEqual(FIRST_LOAD_GATE);
    });
  }

  it(`whole offline precache (all languages and screens) ≤ ${kib(PRECACHE_GATE)}`, () => {
    const cache = precache(DIST);
    expect(
      cache.totals.gzip,
      `Precache (${cache.source}, ${cache.files.length} files) is ${kib(cache.totals.gzip)} gzip, over the gate of ` +
        `${kib(PRECACHE_GATE)} (issue #8's target: ${kib(PRECACHE_TARGET)}). Biggest files:\n${biggest(cache.files)}`,
    ).toBeLessThanOrEqual(PRECACHE_GATE);
  });
});

/** The path part of an asset URL, relative to the base URL ("assets/index-abc.js"). */
function buildPath(url: string): string {
  const base = new URL(`${baseUrl()}/`);
  const path = new URL(url).pathname;
  return path.startsWith(base.pathname) ? path.slice(base.pathname.length) : path;
}

describe('the first load computed from the build is what Chromium needs', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const [lang, locale] of LANGS) {
    it(`a cold visit to /study in ${lang} reaches the first card with only the counted files`, async () => {
      const load = firstLoad(DIST, lang);
      const counted = new Set(load.files.map((f) => f.file));
      const ownTextGroup = new RegExp(`^assets/texts-${lang}-\\d+-[\\w-]+\\.js$`);
      const { context, page, errors } = await openPage(browser, {
        locale,
        // The page's own requests only: the service worker would precache everything at once.
        serviceWorkers: 'block',
      });
      // Every built asset the budget does not count is held back: the first card must appear without
      // it, and nothing uncounted may even be asked for on the way (with idle-time loading off). One
      // text group of the language may stand in for the counted one (the largest), as the first card
      // needs its own group only.
      // No background loading (the rest of the language, the other screens) in this test: it starts
      // when the browser is idle, which would make the set of early requests depend on timing.
      await context.addInitScript(() => {
        window.requestIdleCallback = () => 0;
      });
      const held: Route[] = [];
      const fetched: string[] = [];
      let lastRequest = Date.now();
      let ready = false;
      await context.route('**/assets/**', async (route) => {
        lastRequest = Date.now();
        const path = buildPath(route.request().url());
        const standIn =
          ownTextGroup.test(path) && !fetched.some((f) => ownTextGroup.test(f) && f !== path);
        if (ready || counted.has(path) || standIn) {
          if (!ready) fetched.push(path);
          return route.continue();
        }
        held.push(route);
        return undefined;
      });
      const heldPaths = () => held.map((r) => buildPath(r.request().url()));
      // 'commit': the load event may wait for held files; the first card is what counts.
      await page.goto(`${baseUrl()}/study`, { waitUntil: 'commit' });
      try {
        await waitForFirstCard(page);
      } catch (error) {
        throw new Error(
          `The first card did not appear while these uncounted files were held back (count them or load them later):\n  ${heldPaths().join('\n  ')}`,
          { cause: error },
        );
      }
      // What the card's own effects ask for comes just after it shows: wait for 300 ms of quiet.
      while (Date.now() - lastRequest < 300) await page.waitForTimeout(50);
      expect(heldPaths(), 'requested for the first card but not counted in the first load').toEqual(
        [],
      );
      ready = true;
      await Promise.all(held.map((r) => r.continue()));

      const { js, css } = staticEntryFiles(readManifest(DIST));
      for (const file of [...js, ...linkedCss(DIST, css)])
        expect(fetched, `${file} is counted as first load but was never requested`).toContain(file);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
