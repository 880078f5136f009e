import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';
import { answerCard } from './pwa-study';

/** A File System Access API of the test's own: one file, whose writes and permission it controls. */
function stubFilePicker() {
  const w = window as unknown as Record<string, unknown>;
  const writes: string[] = [];
  let permission: PermissionState = 'granted';
  let failNext = false;
  w.backupWrites = writes;
  w.setBackupPermission = (p: PermissionState) => (permission = p);
  w.failNextBackupWrite = () => (failNext = true);
  w.showSaveFilePicker = async () => ({
    kind: 'file',
    name: 'my-backup.json',
    queryPermission: async () => permission,
    requestPermission: async () => (permission = 'granted'),
    createWritable: async () => {
      if (failNext) {
        failNext = false;
        throw new DOMException('The disk is full.', 'QuotaExceededError');
      }
      let data = '';
      return {
        write: async (chunk: string) => void (data += chunk),
        close: async () => void writes.push(data),
      };
    },
  });
}

const writes = (page: Page) =>
  page.evaluate(() => (window as unknown as { backupWrites: string[] }).backupWrites.slice());

/** Reviews in the last write of the backup file. */
async function reviewsInFile(page: Page): Promise<number> {
  const all = await writes(page);
  const last = JSON.parse(all[all.length - 1] ?? '{}') as { log?: { entries: number[] } };
  return (last.log?.entries.length ?? 0) / 5;
}

/** Switches to another tab and back, as far as the page can tell. */
async function hideAndShow(page: Page) {
  await page.evaluate(() => {
    for (const state of ['hidden', 'visible']) {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }
  });
}

describe('Keep a backup file (Chromium, stubbed File System Access API)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('writes the chosen file at once and after each session, asks again for permission, and never blocks studying', async () => {
    const { context, page, errors } = await openPage(browser, {
      locale: 'en-US',
      serviceWorkers: 'block',
    });
    await context.addInitScript(stubFilePicker);
    await page.goto(`${baseUrl()}/settings`);
    const kept = page.getByRole('region', { name: 'Where your progress is kept' });
    await kept.getByRole('button', { name: 'Keep a backup file…' }).click();
    await kept.getByText(/^Backup file: my-backup\.json, last written/).waitFor();
    expect(await writes(page)).toHaveLength(1);
    expect(await reviewsInFile(page)).toBe(0);

    // A session of two answers, then the learner switches away: the file is rewritten.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Study' }).click();
    await page.getByRole('button', { name: /^Start studying/ }).click();
    await answerCard(page);
    await answerCard(page);
    await hideAndShow(page);
    await expect.poll(() => reviewsInFile(page)).toBe(2);

    // The browser wants consent again: nothing is written until the learner allows it.
    await page.evaluate(() =>
      (window as unknown as { setBackupPermission: (p: string) => void }).setBackupPermission(
        'prompt',
      ),
    );
    await answerCard(page);
    await hideAndShow(page);
    await nav.getByRole('link', { name: 'Settings' }).click();
    await kept.getByText('The browser asks again before the app writes my-backup.json.').waitFor();
    expect(await reviewsInFile(page)).toBe(2);
    await kept.getByRole('button', { name: 'Allow writing the backup file' }).click();
    await expect.poll(() => reviewsInFile(page)).toBe(3);

    // A failed write is shown, and studying goes on.
    await page.evaluate(() =>
      (window as unknown as { failNextBackupWrite: () => void }).failNextBackupWrite(),
    );
    // The session goes on where it was left (it outlives the screen).
    await nav.getByRole('link', { name: 'Study' }).click();
    await answerCard(page);
    await hideAndShow(page);
    await nav.getByRole('link', { name: 'Settings' }).click();
    await kept.getByText('my-backup.json could not be written.', { exact: false }).waitFor();
    // The session goes on where it was left (it outlives the screen).
    await nav.getByRole('link', { name: 'Study' }).click();
    await answerCard(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
