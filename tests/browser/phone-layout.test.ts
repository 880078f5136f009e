import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, settle } from './axe-check';
import { baseUrl, launchBrowser, openPage } from './browser';
import { serviceWorkerReady } from './pwa-server';

// A learner's day on a phone, by touch: every tap lands on the control it aims at (nothing covers
// it, online or offline), the quiz's Next stays in reach, and every screen fits the width.

const PHONES = [
  { width: 360, height: 740 },
  { width: 320, height: 640 },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Resolves once the page has stopped scrolling (the answer glides into view when revealed). */
async function scrollSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const check = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 3) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

/** What is drawn at the centre of `target`, described when it is not the target or inside it. */
async function coveredBy(page: Page, target: Locator): Promise<string | null> {
  await target.scrollIntoViewIfNeeded();
  await scrollSettled(page);
  const box = await target.boundingBox();
  if (!box) return 'not rendered';
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const viewport = page.viewportSize();
  if (viewport && (y < 0 || y > viewport.height || x < 0 || x > viewport.width))
    return `outside the viewport at ${x},${y}`;
  return target.evaluate(
    (el, [px, py]) => {
      const hit = document.elementFromPoint(px as number, py as number);
      if (hit && (hit === el || el.contains(hit))) return null;
      return hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing';
    },
    [x, y],
  );
}

/** Taps `target` by touch after checking that the tap would reach it. */
async function tap(page: Page, target: Locator, what: string): Promise<void> {
  const cover = await coveredBy(page, target);
  expect(cover, `${what} is covered`).toBeNull();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${what} has no box`);
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

async function noSideScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('On a phone (Chromium, touch)', () => {
  for (const size of PHONES) {
    it(`${size.width}×${size.height}: a whole day of study by touch, half of it offline; no grade is ever covered`, async () => {
      const { context, page, errors } = await openPage(browser, {
        locale: 'en-US',
        viewport: size,
        hasTouch: true,
        isMobile: true,
      });
      await page.goto(`${baseUrl()}/study`);
      await serviceWorkerReady(page);
      await tap(page, page.getByRole('button', { name: /^Start studying/ }), 'Start');
      let answers = 0;
      for (; answers < 80; answers++) {
        if (answers === 15) {
          await context.setOffline(true);
          await expect.poll(() => page.locator('.pwa-chip--offline').count()).toBe(1);
        }
        const card = page.locator('.card');
        if (!(await card.count())) break;
        await page.locator('.card-prompt').waitFor();
        const reveal = page.getByRole('button', { name: 'Show answer' });
        if (await reveal.count()) await tap(page, reveal, 'Show answer');
        else await tap(page, page.locator('.answer-choices button').first(), 'an option');
        const good = page.locator('.grade--3');
        await good.waitFor();
        // The revealed answer starts in view: the learner sees it without scrolling.
        const back = await page.locator('.card-back').boundingBox();
        expect(back && back.y < size.height * 0.6, 'the answer is in view').toBe(true);
        await tap(page, good, `Good (answer ${answers + 1})`);
      }
      await page.getByRole('heading', { name: 'Session complete' }).waitFor();
      expect(answers).toBeGreaterThanOrEqual(40);
      await context.setOffline(false);
      expect(errors).toEqual([]);
      await context.close();
    });

    it(`${size.width}×${size.height}: the quiz's Next is in view after every answer`, async () => {
      const { context, page, errors } = await openPage(browser, {
        locale: 'zh-CN',
        viewport: size,
        hasTouch: true,
        isMobile: true,
        serviceWorkers: 'block',
      });
      await page.goto(`${baseUrl()}/quiz`);
      await tap(page, page.getByRole('button', { name: '开始测验' }), 'Start quiz');
      for (let i = 0; i < 10; i++) {
        // Duels offer two options, some behaviour questions three: pick among those on screen.
        const choices = page.locator('.answer-choices button');
        await choices.first().waitFor();
        await tap(page, choices.nth(i % (await choices.count())), 'an option');
        const next = page.locator('.quiz-next-bar button');
        await next.waitFor();
        const box = await next.boundingBox();
        expect(box && box.y + box.height <= size.height, `Next in view after answer ${i + 1}`).toBe(
          true,
        );
        expect(await coveredBy(page, next)).toBeNull();
        await page.touchscreen.tap(box!.x + box!.width / 2, box!.y + box!.height / 2);
      }
      await page.getByRole('heading', { name: '结果' }).waitFor();
      expect(errors).toEqual([]);
      await context.close();
    });

    it(`${size.width}×${size.height}: all five screens are one tap away, none scrolls sideways`, async () => {
      for (const locale of ['en-US', 'zh-TW'] as const) {
        const { context, page, errors } = await openPage(browser, {
          locale,
          viewport: size,
          hasTouch: true,
          isMobile: true,
          serviceWorkers: 'block',
        });
        await page.goto(`${baseUrl()}/study`);
        const links = page.getByRole('navigation').getByRole('link');
        // The prerendered copy is inert until the app takes over.
        await expect.poll(() => links.count()).toBe(5);
        for (let i = 0; i < 5; i++) {
          const link = links.nth(i);
          const name = (await link.textContent()) ?? '';
          await tap(page, link, `${locale} nav ${name}`);
          await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
          await page.locator('main h1').waitFor();
          expect(
            await noSideScroll(page),
            `${locale} ${name} scrolls sideways`,
          ).toBeLessThanOrEqual(0);
        }
        expect(errors).toEqual([]);
        await context.close();
      }
    });
  }
});

describe('The back of a card, in every language and scheme (axe-core)', () => {
  for (const locale of ['en-US', 'zh-CN', 'zh-TW'] as const)
    for (const colorScheme of ['light', 'dark'] as const)
      it(`${locale} ${colorScheme}: the lesson behind More, and "why not" after a wrong choice, have no violations`, async () => {
        const { context, page, errors } = await openPage(browser, {
          locale,
          colorScheme,
          viewport: PHONES[0],
          hasTouch: true,
          isMobile: true,
          serviceWorkers: 'block',
        });
        // "Study this code now": 404's recall card, then its reverse card by options.
        await page.goto(`${baseUrl()}/study?code=404`);
        await settle(page);
        await page.keyboard.press('Space');
        await page.locator('.code-lesson__more').click();
        await page.locator('.code-lesson pre').waitFor();
        const found = await axeViolations(page, `${locale} ${colorScheme} recall back`);
        await page.keyboard.press('3');
        const wrong = page.locator('.answer-choices button', { hasNotText: '404' }).first();
        await wrong.click();
        await page.locator('.why-not').waitFor();
        found.push(...(await axeViolations(page, `${locale} ${colorScheme} why not`)));
        expect(found).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      });
});
