import { readFile } from 'node:fs/promises';
import type { ElementHandle } from 'playwright-core';
import { launchBrowser, openPage } from '../browser';
import type { Engine, EnginePage, KeyName, SessionOptions } from './driver';

const KEYS: Record<string, string> = { ' ': 'Space' };

/** Debian's Chromium through playwright-core (the same launch as every other Chromium test). */
export async function launchChromium(): Promise<Engine> {
  const browser = await launchBrowser();
  return {
    name: 'chromium',
    limits: {},
    async open({ locale = 'en-US', viewport }: SessionOptions = {}): Promise<EnginePage> {
      const { context, page, errors } = await openPage(browser, {
        locale,
        acceptDownloads: true,
        ...(viewport ? { viewport } : {}),
      });
      const asElement = (h: unknown) => h as ElementHandle<Element>;
      return {
        errors: async () => [...errors],
        goto: async (url) => void (await page.goto(url)),
        reload: async () => void (await page.reload()),
        url: async () => page.url(),
        // The functions' own argument types are the journeys' business; the page sees plain JSON.
        evaluate: (fn, arg) => page.evaluate(fn as never, arg),
        runScript: async (source) => void (await page.evaluate(source)),
        element: async (fn, arg) => (await page.evaluateHandle(fn as never, arg)).asElement(),
        click: (h) => asElement(h).click(),
        setInputFile: (h, path) => asElement(h).setInputFiles(path),
        press: (key: KeyName | string) => page.keyboard.press(KEYS[key] ?? key),
        type: (text) => page.keyboard.type(text),
        async download(action) {
          const [file] = await Promise.all([page.waitForEvent('download'), action()]);
          const path = await file.path();
          return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
        },
        screenshot: async (path) => void (await page.screenshot({ path })),
        setViewport: (size) => page.setViewportSize(size),
        setOffline: (offline) => context.setOffline(offline),
        // A real input-method composition through the DevTools protocol: the Enter pressed while it
        // is open reaches the page as a keydown with isComposing, then the text is committed.
        async compose(text) {
          const cdp = await context.newCDPSession(page);
          await cdp.send('Input.imeSetComposition', {
            text,
            selectionStart: text.length,
            selectionEnd: text.length,
          });
          await page.keyboard.press('Enter');
          await cdp.send('Input.insertText', { text });
          await cdp.detach();
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
