import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureDownloads, releaseDownloads, type Download } from '../../tests/capture-downloads';
import { renderApp } from '../../tests/render';
import { createMemoryStorage } from '../state/app-env';
import { PROGRESS_STORAGE_KEY } from '../state/progress-store';
import { blockedStorage, fillableStorage } from '../../tests/fillable-storage';

let downloads: Download[];
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(releaseDownloads);

describe('storage notice', () => {
  it('says when saved progress was unreadable and offers its backup, without any network', async () => {
    const raw = '{"format":"http-status-trainer-progress","log":{"ids":[';
    const storage = createMemoryStorage({ [PROGRESS_STORAGE_KEY]: raw });
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { user } = await renderApp({ language: 'en', storage });
    const alert = screen.getByRole('alert');
    expect(
      await within(alert).findByText('Some saved progress could not be read'),
    ).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Download backup' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.name).toMatch(/^http-status-trainer-backup-\d{4}-\d\d-\d\d\.json$/);
    expect(await downloads[0]?.blob.text()).toBe(raw);
    expect(fetchSpy).not.toHaveBeenCalled();
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(within(screen.getByRole('alert')).queryByRole('button')).toBeNull();
  });

  it('says when storage is full and offers the progress held in memory', async () => {
    const memory = createMemoryStorage();
    const storage: Storage = {
      ...memory,
      getItem: (k) => memory.getItem(k),
      setItem: (k, v) => {
        if (k === PROGRESS_STORAGE_KEY) throw new DOMException('full', 'QuotaExceededError');
        memory.setItem(k, v);
      },
    };
    const { user, stores } = await renderApp({ language: 'zh-Hant', storage });
    expect(within(screen.getByRole('alert')).queryByRole('button')).toBeNull();
    act(() => void stores.progress.getState().answer('404:recall', 3, 2_000));
    const alert = screen.getByRole('alert');
    expect(await within(alert).findByText('學習進度未能儲存')).toBeInTheDocument();
    expect(within(alert).getByText(/瀏覽器儲存空間已滿/)).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: '下載學習進度' }));
    const file = JSON.parse((await downloads[0]?.blob.text()) ?? '');
    expect(file.log.ids).toEqual(['404:recall']);
  });
  it('says when saved progress could not be opened, keeps answers in this tab and offers them', async () => {
    const { stores, user } = await renderApp({ language: 'zh-Hant' });
    act(() => stores.progress.setState({ readProblem: { kind: 'unread', error: 'chunk failed' } }));
    const alert = screen.getByRole('alert');
    expect(await within(alert).findByText('無法開啟已儲存的學習進度')).toBeInTheDocument();
    expect(within(alert).getByText(/作答會保留在這個分頁中/)).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: '重試' })).toBeVisible();
    expect(within(alert).queryByRole('button', { name: /下載/ })).toBeNull();
    act(() => void stores.progress.getState().answer('404:recall', 3, 2_000));
    await user.click(within(alert).getByRole('button', { name: '下載這個分頁中的作答' }));
    expect(JSON.parse((await downloads[0]?.text) ?? '').log.ids).toEqual(['404:recall']);
  });

  it('shows damaged data and a failed save together, each with its own download', async () => {
    const raw = '{"format":"http-status-trainer-progress","log":{"ids":[';
    const { storage, state } = fillableStorage();
    storage.setItem(PROGRESS_STORAGE_KEY, raw);
    const { user, stores } = await renderApp({ language: 'zh-Hans', storage });
    state.full = true;
    act(() => void stores.progress.getState().answer('404:recall', 3, 2_000));
    const alert = screen.getByRole('alert');
    const damaged = await within(alert).findByRole('region', {
      name: '部分已保存的学习进度无法读取',
    });
    const unsaved = await within(alert).findByRole('region', { name: '学习进度未能保存' });
    await user.click(within(damaged).getByRole('button', { name: '下载备份' }));
    await user.click(within(unsaved).getByRole('button', { name: '下载学习进度' }));
    expect(await downloads[0]?.text).toBe(raw);
    expect(JSON.parse((await downloads[1]?.text) ?? '').log.ids).toEqual(['404:recall']);
  });

  it('says so when the damaged data could not be kept, and saves only once it is downloaded', async () => {
    const raw = '{"format":"http-status-trainer-progress","log":{"ids":[';
    const { storage, state } = fillableStorage();
    storage.setItem(PROGRESS_STORAGE_KEY, raw);
    state.full = true;
    const { user, stores } = await renderApp({ language: 'en', storage });
    state.full = false;
    const notice = await within(screen.getByRole('alert')).findByRole('region', {
      name: 'Some saved progress could not be read',
    });
    expect(notice).toHaveTextContent(/could not be kept as a backup/);
    expect(notice).not.toHaveTextContent(/is kept as a backup/);
    act(() => void stores.progress.getState().answer('404:recall', 3, 2_000));
    expect(storage.getItem(PROGRESS_STORAGE_KEY)).toBe(raw);
    await user.click(within(notice).getByRole('button', { name: 'Download backup' }));
    expect(await downloads[0]?.text).toBe(raw);
    expect(JSON.parse(storage.getItem(PROGRESS_STORAGE_KEY) ?? '').log.ids).toEqual(['404:recall']);
    expect(notice).toHaveTextContent(/Saving has resumed/);
  });

  it('lets the learner start over without damaged data that could not be kept', async () => {
    const { storage, state } = fillableStorage();
    storage.setItem(PROGRESS_STORAGE_KEY, '[');
    state.full = true;
    const { user } = await renderApp({ language: 'zh-Hant', storage });
    state.full = false;
    await user.click(await screen.findByRole('button', { name: '不保留這些資料，重新開始' }));
    expect(storage.getItem(PROGRESS_STORAGE_KEY)).not.toBe('[');
  });

  it("tells the learner to update when progress was saved by a newer version, and offers this tab's answers", async () => {
    const newer = JSON.stringify({ format: 'http-status-trainer-progress', version: 99 });
    const storage = createMemoryStorage({ [PROGRESS_STORAGE_KEY]: newer });
    const { user, stores } = await renderApp({ language: 'zh-Hans', storage });
    const notice = await within(screen.getByRole('alert')).findByRole('region', {
      name: '学习进度由较新版本的应用保存',
    });
    expect(within(notice).getByRole('button', { name: '重新加载以更新' })).toBeVisible();
    expect(within(notice).queryByRole('button', { name: /下载/ })).toBeNull();
    act(() => void stores.progress.getState().answer('404:recall', 3, 2_000));
    await user.click(within(notice).getByRole('button', { name: '下载此标签页中的作答' }));
    expect(JSON.parse((await downloads[0]?.text) ?? '').log.ids).toEqual(['404:recall']);
    expect(storage.getItem(PROGRESS_STORAGE_KEY)).toBe(newer);
  });

  it('says that progress will not be kept when storage throws on every call, and offers the answers', async () => {
    const { user, stores } = await renderApp({ language: 'zh-Hant', storage: blockedStorage() });
    const notice = await within(screen.getByRole('alert')).findByRole('region', {
      name: '學習進度不會被保留',
    });
    expect(notice).toHaveTextContent(/網站資料被封鎖/);
    act(() => void stores.progress.getState().answer('404:recall', 3, 2_000));
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    await user.click(within(notice).getByRole('button', { name: '下載這個分頁中的作答' }));
    expect(JSON.parse((await downloads[0]?.text) ?? '').log.ids).toEqual(['404:recall']);
  });
});
