import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, TEST_NOW } from '../../tests/render';

/** A progress file of three reviews, as Settings exports it. */
async function exported(): Promise<string> {
  const clock = { now: TEST_NOW };
  const first = await renderApp({ language: 'en', now: () => clock.now });
  for (const id of ['200:recall', '404:recall', '500:recall']) {
    clock.now += 60_000;
    first.stores.progress.getState().answer(id, 3, 2_000);
  }
  const text = JSON.stringify(first.stores.progress.getState().exportFile());
  first.unmount();
  return text;
}

describe('restore from a backup file on a first visit', { timeout: 20_000 }, () => {
  it('sits beside Start while storage is empty and brings the progress back', async () => {
    const file = new File([await exported()], 'backup.json', { type: 'application/json' });
    const { user, container, stores } = await renderApp({ language: 'en' });
    expect(screen.getByRole('button', { name: /^Start studying/ })).toBeVisible();
    const restore = screen.getByRole('button', { name: 'Restore from a backup file' });
    expect(restore).toBeVisible();
    const input = container.querySelector<HTMLInputElement>('.restore-backup input[type=file]');
    await user.click(restore);
    await user.upload(input as HTMLInputElement, file);
    expect(
      await screen.findByText('Imported. Your review log now holds 3 reviews.'),
    ).toBeInTheDocument();
    expect(stores.progress.getState().log).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Restore from a backup file' })).toBeNull();
  });

  it('explains a damaged file in the learner’s language and recovers what can be read', async () => {
    const damaged = JSON.parse(await exported()) as { log: { entries: unknown[] } };
    damaged.log.entries[11] = 9;
    const file = new File([JSON.stringify(damaged)], 'backup.json');
    const { user, container, stores } = await renderApp({ language: 'zh-Hans' });
    const input = container.querySelector<HTMLInputElement>('.restore-backup input[type=file]');
    await user.upload(input as HTMLInputElement, file);
    const sentence = await screen.findByText(/^这个文件有部分内容已损坏/);
    const problem = sentence.closest<HTMLElement>('[role="alert"]');
    expect(stores.progress.getState().log).toHaveLength(0);
    await user.click(
      within(problem as HTMLElement).getByRole('button', { name: '恢复能读取的部分…' }),
    );
    expect(await screen.findByText(/已导入。你的复习记录现在共有 2 次复习。/)).toBeInTheDocument();
    expect(stores.progress.getState().log).toHaveLength(2);
  });
});
