import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  captureDownloads,
  releaseDownloads,
  type Download,
} from '../../../tests/capture-downloads';
import { renderApp, TEST_NOW } from '../../../tests/render';
import { createMemoryStorage } from '../../state/app-env';
import { PROGRESS_BACKUP_PREFIX, PROGRESS_STORAGE_KEY } from '../../state/progress-store';
import type { AppStores } from '../../state/stores';

let downloads: Download[];
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(releaseDownloads);

/** Three reviews, a minute apart, through the store as the Study screen gives them. */
function study(stores: AppStores, clock: { now: number }) {
  for (const [id, grade] of [
    ['404:recall', 3],
    ['500:reverse', 1],
    ['200:scenario', 4],
  ] as const) {
    clock.now += 60_000;
    stores.progress.getState().answer(id, grade, 4000);
  }
}

async function chooseFile(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  file: File,
  label = 'Choose a progress file (.json)',
) {
  await user.upload(screen.getByLabelText(label), file);
}

// Whole-app renders in jsdom are slow on a shared machine; the default 5 s is too tight.
describe('Settings: your data', { timeout: 20_000 }, () => {
  it('export → import round trip: the file replaces progress in a fresh app exactly', async () => {
    const clock = { now: TEST_NOW };
    const first = await renderApp({ language: 'en', path: '/settings', now: () => clock.now });
    study(first.stores, clock);
    await first.user.click(screen.getByRole('button', { name: 'Download progress (JSON)' }));
    expect(downloads.map((d) => d.name)).toEqual(['http-status-trainer-progress-2026-03-02.json']);
    expect(
      screen.getByText('Downloaded http-status-trainer-progress-2026-03-02.json.'),
    ).toBeVisible();
    const exported = await downloads[0]!.text;
    const before = first.stores.progress.getState();
    first.unmount();

    const second = await renderApp({ language: 'en', path: '/settings' });
    await second.user.click(screen.getByRole('radio', { name: /^Replace my progress/ }));
    await chooseFile(
      second.user,
      new File([exported], 'backup.json', { type: 'application/json' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Replace your progress with this file?',
    });
    const cardsRow = within(dialog).getByRole('row', { name: /Studied cards/ });
    expect(
      within(cardsRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '0']);
    expect(second.stores.progress.getState().log).toEqual([]);
    await second.user.click(within(dialog).getByRole('button', { name: 'Replace' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByText('Imported. Your review log now holds 3 reviews.')).toBeVisible();
    const after = second.stores.progress.getState();
    expect(after.log).toEqual(before.log);
    expect(after.cards).toEqual(before.cards);
    expect(after.settings).toEqual(before.settings);
  });

  it('merge keeps the reviews of both sides', async () => {
    const clock = { now: TEST_NOW };
    const first = await renderApp({ language: 'en', path: '/settings', now: () => clock.now });
    study(first.stores, clock);
    await first.user.click(screen.getByRole('button', { name: 'Download progress (JSON)' }));
    const exported = await downloads[0]!.text;
    first.unmount();

    const second = await renderApp({ language: 'en', path: '/settings', now: () => clock.now });
    clock.now += 3_600_000;
    second.stores.progress.getState().answer('301:recall', 3, 2000);
    await chooseFile(second.user, new File([exported], 'backup.json'));
    const dialog = await screen.findByRole('dialog', {
      name: 'Merge this file into your progress?',
    });
    await second.user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    const ids = second.stores.progress.getState().log.map((e) => e.cardId);
    expect(ids.sort()).toEqual(['200:scenario', '301:recall', '404:recall', '500:reverse']);
  });

  it('a bad file shows the error and changes nothing', async () => {
    const clock = { now: TEST_NOW };
    const { user, stores, storage } = await renderApp({
      language: 'en',
      path: '/settings',
      now: () => clock.now,
    });
    study(stores, clock);
    const saved = storage.getItem(PROGRESS_STORAGE_KEY);
    const log = stores.progress.getState().log;

    await chooseFile(user, new File(['card_id,review_time\n404:recall,1'], 'log.json'));
    expect(await within(screen.getByRole('main')).findByRole('alert')).toHaveTextContent(
      /This file cannot be imported: it is not a progress file \(not even JSON\)\. Your progress is unchanged\./,
    );
    await chooseFile(user, new File(['{"deck":"anki"}'], 'other.json'));
    await waitFor(() =>
      expect(within(screen.getByRole('main')).getByRole('alert')).toHaveTextContent(
        /format: expected/,
      ),
    );
    const damaged = JSON.stringify({
      format: 'http-status-trainer-progress',
      version: 2,
      resetAt: 0,
      settings: { desiredRetention: 2 },
      cards: {},
      log: { ids: [], entries: [] },
      undone: { ids: [], entries: [] },
    });
    await chooseFile(user, new File([damaged], 'damaged.json'));
    await waitFor(() =>
      expect(within(screen.getByRole('main')).getByRole('alert')).toHaveTextContent(
        /settings\.desiredRetention/,
      ),
    );

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(stores.progress.getState().log).toBe(log);
    expect(storage.getItem(PROGRESS_STORAGE_KEY)).toBe(saved);
  });

  it('reset asks first, says what will be lost, and can be cancelled', async () => {
    const clock = { now: TEST_NOW };
    const { user, stores } = await renderApp({
      language: 'en',
      path: '/settings',
      now: () => clock.now,
    });
    study(stores, clock);
    stores.progress.getState().updateSettings({ dailyNewLimit: 7 });
    const resetButton = screen.getByRole('button', { name: 'Reset all progress…' });

    await user.click(resetButton);
    let dialog = screen.getByRole('dialog', { name: 'Delete all your progress?' });
    expect(within(dialog).getByRole('row', { name: /Studied cards/ })).toHaveTextContent('3');
    expect(within(dialog).getByRole('row', { name: /Reviews/ })).toHaveTextContent('3');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(resetButton).toHaveFocus();
    expect(stores.progress.getState().log).toHaveLength(3);

    await user.click(resetButton);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(stores.progress.getState().log).toHaveLength(3);

    await user.click(resetButton);
    dialog = screen.getByRole('dialog', { name: 'Delete all your progress?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete my progress' }));
    expect(stores.progress.getState().log).toEqual([]);
    expect(stores.progress.getState().cards).toEqual({});
    expect(stores.progress.getState().settings.dailyNewLimit).toBe(7);
    expect(screen.getByText('Your progress was reset.')).toBeVisible();
  });

  it('downloads the review log as CSV and the deck for Anki in the chosen language', async () => {
    const clock = { now: TEST_NOW };
    const { user, stores } = await renderApp({
      language: 'en',
      path: '/settings',
      now: () => clock.now,
    });
    study(stores, clock);
    await user.click(screen.getByRole('button', { name: 'Download review log (CSV)' }));
    const csv = (await downloads[0]!.text).trimEnd().split('\n');
    expect(csv[0]).toBe('card_id,review_time,review_rating,review_state,review_duration');
    expect(csv).toHaveLength(4);
    // The FSRS tools ask for the timezone and the day start: the file name carries them.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone.replace(/\//g, '~');
    expect(downloads[0]!.name).toBe(
      `http-status-trainer-review-log-2026-03-02_tz-${zone}_day-starts-4h.csv`,
    );

    await user.selectOptions(screen.getByLabelText('Language of the deck'), 'zh-Hant');
    await user.click(screen.getByRole('button', { name: 'Download Anki deck (.txt)' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1]!.name).toBe('http-status-codes-anki-zh-Hant.txt');
    const lines = (await downloads[1]!.text).split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#tags column:4']);
    expect(lines[3]).toBe('#columns:Code\tName\tExplanation\tTags');
    expect(lines.find((l) => l.startsWith('404\t'))?.split('\t')[1]).toBe('找不到 (Not Found)');
  });

  it('lists the backups of damaged data kept on this device, to download and then delete', async () => {
    const raw = '{"format":"http-status-trainer-progress","log":{"ids":[';
    const storage = createMemoryStorage({ [PROGRESS_STORAGE_KEY]: raw });
    const { user } = await renderApp({ language: 'zh-Hans', path: '/settings', storage });
    const block = screen.getByRole('group', { name: '本设备上的备份' });
    const item = within(block).getByRole('listitem');
    expect(item).toHaveTextContent('2026年3月2日');
    await user.click(within(item).getByRole('button', { name: /^下载/ }));
    expect(await downloads[0]?.text).toBe(raw);
    await user.click(within(item).getByRole('button', { name: /^删除/ }));
    const dialog = await screen.findByRole('dialog', { name: '删除这个备份？' });
    await user.click(within(dialog).getByRole('button', { name: '删除备份' }));
    expect(screen.queryByRole('group', { name: '本设备上的备份' })).toBeNull();
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
    expect(keys.filter((k) => k?.startsWith(PROGRESS_BACKUP_PREFIX))).toEqual([]);
  });

  it('recovers what can be read from a damaged file, says what it left out, and changes nothing until confirmed', async () => {
    const clock = { now: TEST_NOW };
    const first = await renderApp({ language: 'en', path: '/settings', now: () => clock.now });
    study(first.stores, clock);
    const damaged = first.stores.progress.getState().exportFile() as unknown as {
      log: { entries: unknown[] };
      settings: Record<string, unknown>;
    };
    first.unmount();
    damaged.log.entries[11] = 9; // the third review's grade: unreadable
    damaged.settings.dailyNewLimit = 'many';

    const { user, stores, storage } = await renderApp({
      language: 'en',
      path: '/settings',
      now: () => clock.now,
    });
    stores.progress.getState().answer('301:recall', 3, 1_000);
    const saved = storage.getItem(PROGRESS_STORAGE_KEY);
    await chooseFile(user, new File([JSON.stringify(damaged)], 'backup.json'));
    const alert = await within(screen.getByRole('main')).findByRole('alert');
    expect(alert).toHaveTextContent(/Parts of this file are damaged/);
    await user.click(within(alert).getByRole('button', { name: 'Recover what can be read…' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Import what can be read from this file?',
    });
    const reviews = within(dialog).getByRole('row', { name: /Reviews/ });
    expect(
      within(reviews)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '1']);
    expect(dialog).toHaveTextContent('Left out as unreadable — cards: 1, log entries: 1.');
    expect(dialog).toHaveTextContent('1 setting could not be read; its default is used.');
    expect(storage.getItem(PROGRESS_STORAGE_KEY)).toBe(saved);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(storage.getItem(PROGRESS_STORAGE_KEY)).toBe(saved);

    await user.click(screen.getByRole('button', { name: 'Recover what can be read…' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Import what can be read',
      }),
    );
    expect(
      await screen.findByText(/Imported\. Your review log now holds 3 reviews\./),
    ).toBeVisible();
    expect(stores.progress.getState().log.map((e) => e.cardId)).toEqual([
      '404:recall',
      '500:reverse',
      '301:recall',
    ]);
    expect(storage.getItem(PROGRESS_STORAGE_KEY)).not.toBe(saved);
  });

  it("explains a refused file in the learner's language, with the technical detail set apart", async () => {
    const { user } = await renderApp({ language: 'zh-Hans', path: '/settings' });
    await chooseFile(user, new File(['{"format": '], 'x.json'), '选择进度文件（.json）');
    const alert = await within(screen.getByRole('main')).findByRole('alert');
    const sentence = within(alert).getByText(/^无法导入这个文件/);
    expect(sentence.textContent?.replace('JSON', '')).not.toMatch(/[A-Za-z]/);
    expect(within(alert).getByText('技术细节')).toBeInTheDocument();
    expect(alert).toHaveTextContent(/file: not JSON/);
  });
});
