// Takes the README screenshots of the Study screen (desktop, English; phone, zh-Hant, dark).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium-args.mjs';
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS],
});
// Usage: npm start (or vite preview) in one shell, then: node scripts/readme-screenshots.mjs [base URL]
const base = process.argv[2] ?? 'http://127.0.0.1:4173';
async function shot(name, opts, fn) {
  const ctx = await browser.newContext({ locale: 'en-US', ...opts });
  const page = await ctx.newPage();
  await page.goto(base + '/study');
  await page.waitForSelector('h1');
  await fn(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `bench/screenshots/${name}.png`, fullPage: false });
  await ctx.close();
}
await shot('study-desktop', { viewport: { width: 1100, height: 760 } }, async (page) => {
  await page.click('.study-start');
  await page.waitForSelector('.card__reveal', { timeout: 10000 }).catch(() => {});
  const reveal = await page.$('.card__reveal');
  if (reveal) await reveal.click();
  else await page.click('.answer-choices button');
});
await shot(
  'study-phone-zh-hant-dark',
  { viewport: { width: 360, height: 740 }, colorScheme: 'dark', locale: 'zh-TW' },
  async (page) => {
    await page.click('.study-start');
    await page.waitForTimeout(500);
  },
);
await browser.close();
