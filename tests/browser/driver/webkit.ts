import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, Key, WebElement, type WebDriver } from 'selenium-webdriver';
import { freePort } from '../pwa-server';
import { composeInPage } from './compose-events';
import { downloadInto } from './download-dir';
import type { Engine, EnginePage, KeyName, SessionOptions, Viewport } from './driver';
import { localeEnv, miniBrowserPath, startWebDriver, startXvfb } from './webkit-processes';

const KEYS: Record<string, string> = {
  Enter: Key.ENTER,
  Escape: Key.ESCAPE,
  Space: ' ',
  Tab: Key.TAB,
  Backspace: Key.BACK_SPACE,
  ArrowDown: Key.ARROW_DOWN,
  ArrowUp: Key.ARROW_UP,
};

/** MiniBrowser's window cannot be narrower than its header bar. */
const MIN_WIDTH = 447;

/** Collects console errors and uncaught exceptions in the page (WebDriver classic has no log). */
function watchErrorsInPage(): void {
  const w = window as unknown as { __errors?: string[] };
  if (w.__errors) return;
  const errors: string[] = [];
  w.__errors = errors;
  window.addEventListener('error', (e) => errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    original(...args);
  };
}

async function setViewport(driver: WebDriver, { width, height }: Viewport): Promise<void> {
  const [innerW, innerH, outerW, outerH] = await driver.executeScript<number[]>(() => [
    window.innerWidth,
    window.innerHeight,
    window.outerWidth,
    window.outerHeight,
  ]);
  await driver
    .manage()
    .window()
    .setRect({
      width: width + (outerW ?? 0) - (innerW ?? 0),
      height: height + (outerH ?? 0) - (innerH ?? 0),
    });
}

/**
 * WebKitGTK (Safari's engine) through WebKitWebDriver and selenium-webdriver, under Xvfb. WebDriver
 * allows one session per driver and the browser's language is its process locale, so each session
 * starts its own WebKitWebDriver (its own MiniBrowser, profile and download folder).
 */
export async function launchWebKit(): Promise<Engine> {
  const xvfb = await startXvfb();
  const binary = miniBrowserPath();
  return {
    name: 'webkit',
    limits: { viewportMinWidth: MIN_WIDTH },
    async open({ locale = 'en-US', viewport }: SessionOptions = {}): Promise<EnginePage> {
      const home = mkdtempSync(join(tmpdir(), 'hst-webkit-home-'));
      const port = await freePort();
      const server = await startWebDriver(port, {
        DISPLAY: xvfb.display,
        HOME: home,
        ...localeEnv(locale),
      });
      let driver: WebDriver;
      try {
        driver = await new Builder()
          .usingServer(`http://127.0.0.1:${port}`)
          .withCapabilities({
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary, args: ['--automation'] },
          })
          .build();
      } catch (error) {
        await server.stop();
        throw error;
      }
      // A page that never finishes loading fails its step here instead of stalling the journey
      // (WebDriver's default is five minutes).
      await driver.manage().setTimeouts({ pageLoad: 30_000, script: 30_000 });
      await setViewport(driver, viewport ?? { width: 1280, height: 800 });
      const collected: string[] = [];
      const pageErrors = async () => {
        try {
          return await driver.executeScript<string[]>(
            () => (window as unknown as { __errors?: string[] }).__errors ?? [],
          );
        } catch {
          return [];
        }
      };
      const navigate = async (go: () => Promise<void>) => {
        collected.push(...(await pageErrors()));
        await go();
        await driver.executeScript(watchErrorsInPage);
      };
      const keys = (key: string) => KEYS[key] ?? key;
      return {
        errors: async () => [...collected, ...(await pageErrors())],
        goto: (url) => navigate(() => driver.get(url)),
        reload: () => navigate(() => driver.navigate().refresh()),
        url: () => driver.getCurrentUrl(),
        evaluate: (fn, arg) => driver.executeScript(fn, arg),
        runScript: async (source) => void (await driver.executeScript(source)),
        async element(fn, arg) {
          const found: unknown = await driver.executeScript(fn, arg);
          return found instanceof WebElement ? found : null;
        },
        click: (h) => (h as WebElement).click(),
        setInputFile: (h, path) => (h as WebElement).sendKeys(path),
        press: (key: KeyName | string) =>
          driver.actions().keyDown(keys(key)).keyUp(keys(key)).perform(),
        type: (text) => driver.actions().sendKeys(text).perform(),
        download: (action) => downloadInto(home, action),
        screenshot: async (path) => writeFile(path, await driver.takeScreenshot(), 'base64'),
        setViewport: (size) => setViewport(driver, size),
        // WebKitWebDriver has no input-method command: Safari's own event order, as DOM events.
        compose: async (text) => {
          await driver.executeScript(composeInPage, { text, order: 'webkit' as const });
        },
        async close() {
          try {
            await driver.quit();
          } finally {
            await server.stop();
            rmSync(home, { recursive: true, force: true });
          }
        },
      };
    },
    close: () => xvfb.stop(),
  };
}
