import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from '../state/app-env';
import { PROGRESS_STORAGE_KEY } from '../state/progress-store';
import { createAppStores } from '../state/stores';
import { IOS_HINT_DISMISSED_KEY } from './ios-install-hint';
import { fillableStorage } from '../../tests/fillable-storage';
import { installOffer } from './testing/install-offer';
import { renderPwa } from './testing/render-pwa';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  dispose = undefined;
});

async function setup(options: Parameters<typeof renderPwa>[0] = {}) {
  const rendered = await renderPwa(options);
  dispose = rendered.dispose;
  return rendered;
}

function setNetwork(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => void window.dispatchEvent(new Event(online ? 'online' : 'offline')));
}

describe('update banner', () => {
  it('appears when a new version waits, and "Later" hides it', async () => {
    const { fake, user } = await setup();
    expect(screen.queryByRole('button', { name: 'Reload to update' })).toBeNull();
    act(() => fake.options.onNeedRefresh?.());
    expect(screen.getByRole('region', { name: 'Update available' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('region', { name: 'Update available' })).toBeNull();
  });

  it('"Reload to update" saves progress before activating the new version', async () => {
    const { storage, state } = fillableStorage();
    const stores = createAppStores({ storage, now: () => 1_000 });
    state.full = true;
    stores.progress.getState().answer('404:recall', 3, 2_000);
    state.full = false;
    const { fake, user } = await setup({ stores });
    let savedWhenActivated: string | null = null;
    fake.updateSW.mockImplementation(async () => {
      savedWhenActivated = storage.getItem(PROGRESS_STORAGE_KEY);
    });
    act(() => fake.options.onNeedRefresh?.());
    await user.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(fake.updateSW).toHaveBeenCalledOnce();
    expect(savedWhenActivated).toContain('404:recall');
    expect(screen.getByRole('button', { name: 'Updating…' })).toBeDisabled();
  });

  it('keeps the page and says so while progress cannot be saved', async () => {
    const { storage, state } = fillableStorage();
    const stores = createAppStores({ storage, now: () => 1_000 });
    state.full = true;
    stores.progress.getState().answer('404:recall', 3, 2_000);
    const { fake, reload, user } = await setup({ stores });
    act(() => fake.options.onNeedRefresh?.());
    await user.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(screen.getByText(/could not be saved/)).toBeVisible();
    expect(fake.updateSW).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
    expect(stores.progress.getState().log).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Reload to update' })).toBeEnabled();
  });

  it('speaks the reader’s language', async () => {
    const { fake } = await setup({ language: 'zh-Hant' });
    act(() => fake.options.onNeedRefresh?.());
    expect(screen.getByRole('button', { name: '重新載入以更新' })).toBeVisible();
    expect(screen.getByRole('region', { name: '有可用的更新' })).toBeVisible();
  });
});

describe('offline indicator', () => {
  it('is an empty status while online and says offline when the network goes', async () => {
    setNetwork(true);
    await setup();
    const statuses = screen.getAllByRole('status');
    expect(statuses.map((s) => s.textContent)).toEqual(['', '']);
    setNetwork(false);
    expect(
      screen.getByText(/^Offline: everything keeps working/, { selector: '[role=status]' }),
    ).toBeInTheDocument();
    setNetwork(true);
    expect(screen.queryByText(/^Offline/)).toBeNull();
  });

  it('tells once that the app is ready to work offline', async () => {
    setNetwork(true);
    const { fake } = await setup();
    act(() => fake.options.onOfflineReady?.());
    expect(
      screen.getByText('Ready to work offline.', { selector: '[role=status]' }),
    ).toBeInTheDocument();
  });

  it('lets "ready to work offline" go after a few seconds, its status region staying for later news', async () => {
    setNetwork(true);
    const { fake } = await setup();
    vi.useFakeTimers();
    try {
      act(() => fake.options.onOfflineReady?.());
      // The full sentence for screen readers, a short chip in the header for the eyes.
      expect(
        screen.getByText('Ready to work offline.', { selector: '[role=status]' }),
      ).toBeTruthy();
      expect(screen.getByText('Works offline')).toBeVisible();
      act(() => vi.advanceTimersByTime(10_000));
      expect(screen.queryAllByText('Ready to work offline.')).toEqual([]);
      expect(screen.queryByText('Works offline')).toBeNull();
      expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(['', '']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('install', () => {
  it('offers an Install button when the browser does, and hides it after use', async () => {
    const { user } = await setup();
    expect(screen.queryByRole('button', { name: 'Install app' })).toBeNull();
    const offer = installOffer('accepted');
    act(() => void window.dispatchEvent(offer));
    await user.click(screen.getByRole('button', { name: 'Install app' }));
    expect(offer.prompt).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Install app' })).toBeNull();
  });

  it('hides the button once the app is installed', async () => {
    await setup();
    act(() => void window.dispatchEvent(installOffer()));
    expect(screen.getByRole('button', { name: 'Install app' })).toBeVisible();
    act(() => void window.dispatchEvent(new Event('appinstalled')));
    expect(screen.queryByRole('button', { name: 'Install app' })).toBeNull();
  });

  it('on iOS Safari shows the Add to Home Screen hint until dismissed, for good', async () => {
    const storage = createMemoryStorage();
    const first = await setup({ iosSafari: true, storage });
    expect(
      screen.getByRole('complementary', { name: 'Install on your Home Screen' }),
    ).toBeVisible();
    await first.user.click(screen.getByRole('button', { name: 'Got it' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(storage.getItem(IOS_HINT_DISMISSED_KEY)).toBe('1');
    first.unmount();
    await setup({ iosSafari: true, storage });
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('shows no iOS hint elsewhere', async () => {
    await setup({ iosSafari: false });
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});

describe('theme colour', () => {
  it('follows a theme forced in the app and returns to per-scheme colours for "system"', async () => {
    document.head.insertAdjacentHTML(
      'beforeend',
      '<meta name="theme-color" content="#ffffff" media="(prefers-color-scheme: light)">' +
        '<meta name="theme-color" content="#1b1e23" media="(prefers-color-scheme: dark)">',
    );
    const { stores } = await setup();
    const colors = () =>
      [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map(
        (m) => m.content,
      );
    act(() => stores.prefs.getState().setTheme('dark'));
    expect(colors()).toEqual(['#1b1e23', '#1b1e23']);
    act(() => stores.prefs.getState().setTheme('light'));
    expect(colors()).toEqual(['#ffffff', '#ffffff']);
    act(() => stores.prefs.getState().setTheme('system'));
    expect(colors()).toEqual(['#ffffff', '#1b1e23']);
    document.head.querySelectorAll('meta[name="theme-color"]').forEach((m) => m.remove());
  });
});
