import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureDownloads, releaseDownloads, type Download } from '../../tests/capture-downloads';
import { renderApp, TEST_NOW } from '../../tests/render';

const DAY = 86_400_000;
let downloads: Download[];
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(releaseDownloads);

/** An app whose learner studied on `days` days up to today, never backing up. */
async function studiedFor(days: number, path = '/') {
  const clock = { now: TEST_NOW - (days - 1) * DAY };
  const app = await renderApp({ language: 'en', path, now: () => clock.now });
  app.stores.prefs.getState().setBackupReminderDays(3);
  const ids = ['200:recall', '404:recall', '500:recall', '301:recall'];
  for (let d = 0; d < days; d++) {
    app.stores.progress.getState().answer(ids[d] as string, 3, 1_000);
    if (d < days - 1) clock.now += DAY;
  }
  return { ...app, clock };
}

describe('backup reminder', { timeout: 20_000 }, () => {
  it('appears after N study days without a backup; "Not now" waits for the next study day', async () => {
    const { user, clock, stores } = await studiedFor(3);
    const reminder = await screen.findByRole('complementary', { name: 'Time for a backup' });
    expect(reminder).toHaveTextContent('You have studied on 3 days since your last backup');
    await user.click(within(reminder).getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('complementary', { name: 'Time for a backup' })).toBeNull();
    clock.now += DAY;
    stores.progress.getState().answer('302:recall', 3, 1_000);
    expect(await screen.findByRole('complementary', { name: 'Time for a backup' })).toBeVisible();
  });

  it('goes once the learner downloads a backup, and not before N days', async () => {
    const { user } = await studiedFor(3);
    const reminder = await screen.findByRole('complementary', { name: 'Time for a backup' });
    await user.click(within(reminder).getByRole('button', { name: 'Download a backup' }));
    expect(JSON.parse((await downloads[0]?.text) ?? '').log.ids).toHaveLength(3);
    expect(screen.queryByRole('complementary', { name: 'Time for a backup' })).toBeNull();
  });

  it('waits for N study days, which Settings sets', async () => {
    const { user } = await studiedFor(2, '/settings');
    expect(screen.queryByRole('complementary', { name: 'Time for a backup' })).toBeNull();
    const field = screen.getByRole('spinbutton', {
      name: 'Remind me to back up after this many study days',
    });
    expect(field).toHaveValue(3);
    await user.clear(field);
    await user.type(field, '2{Enter}');
    expect(await screen.findByRole('complementary', { name: 'Time for a backup' })).toBeVisible();
    await user.clear(field);
    await user.type(field, '0{Enter}');
    expect(screen.queryByRole('complementary', { name: 'Time for a backup' })).toBeNull();
  });
});
