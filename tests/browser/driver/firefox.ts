import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type ElementHandle, type JSHandle, type KeyInput } from 'puppeteer-core';
import { composeInPage } from './compose-events';
import { downloadInto } from './download-dir';
import type { Engine, EnginePage, KeyName, SessionOptions } from './driver';

/** Debian's Firefox ESR (package firefox-esr), or FIREFOX_PATH. */
export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

// Over WebDriver BiDi, Space is the character itself.
const KEYS: Record<string, string> = { Space: ' ' };

/** Firefox ESR through puppeteer-core over WebDriver BiDi; each session is its own user context. */
export async function launchFirefox(): Promise<Engine> {
  const downloads = mkdtempSync(join(tmpdir(), 'hst-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  return {
    name: 'firefox',
    limits: {},
    async open({ locale = 'en-US', viewport }: SessionOptions = {}): Promise<EnginePage> {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(String(err)));
      // Over BiDi an Error logged to the console arrives without its contents ("JSHandle@error"):
      // the page logs it as text instead, so that a failure says which error it was and where.
      await page.evaluateOnNewDocument(() => {
        const log = console.error.bind(console);
        console.error = (...args: unknown[]) =>
          log(...args.map((v) => (v instanceof Error ? `${v.name}: ${v.message}\n${v.stack}` : v)));
      });
      // navigator.language(s) and Intl follow the emulated locale; the header says the same.
      await page.emulateLocale(locale);
      await page.setExtraHTTPHeaders({ 'Accept-Language': locale });
      await page.setViewport(viewport ?? { width: 1280, height: 800 });
      const asElement = (h: unknown) => h as ElementHandle<Element>;
      return {
        errors: async () => [...errors],
        goto: async (url) => void (await page.goto(url)),
        reload: async () => void (await page.reload()),
        url: async () => page.url(),
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        runScript: async (source) => void (await page.evaluate(source)),
        async element(fn, arg) {
          const handle: JSHandle = await page.evaluateHandle(fn as never, arg);
          const element = handle.asElement();
          if (!element) await handle.dispose();
          return element;
        },
        click: (h) => asElement(h).click(),
        setInputFile: (h, path) => (h as ElementHandle<HTMLInputElement>).uploadFile(path),
        press: (key: KeyName | string) => page.keyboard.press((KEYS[key] ?? key) as KeyInput),
        type: (text) => page.keyboard.type(text),
        download: (action) => downloadInto(downloads, action),
        screenshot: async (path) => void (await page.screenshot({ path })),
        setViewport: (size) => page.setViewport(size),
        setOffline: (offline) => page.setOfflineMode(offline),
        // BiDi has no input-method command: Firefox's own event order, as DOM events.
        compose: (text) => page.evaluate(composeInPage, { text, order: 'gecko' as const }),
        close: () => context.close(),
      };
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
