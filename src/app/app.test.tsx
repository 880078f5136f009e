import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../tests/render';
import { LANGUAGE_STORAGE_KEY } from '../i18n/i18n';
import { createMemoryStorage } from '../state/app-env';

describe('app shell', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reaches each of the five screens from the navigation', async () => {
    const { user } = await renderApp({ language: 'en' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const [link, heading] of [
      ['Quiz', 'Quiz'],
      ['Browse', 'Browse'],
      ['Stats', 'Stats'],
      ['Settings', 'Settings'],
      ['Study', 'Study'],
    ] as const) {
      await user.click(within(nav).getByRole('link', { name: link }));
      expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      expect(within(nav).getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
      expect(window.location.pathname).toBe(`/${link.toLowerCase()}`);
    }
  });

  it('opens the screen named by the address', async () => {
    await renderApp({ language: 'en', path: '/stats' });
    expect(screen.getByRole('heading', { level: 1, name: 'Stats' })).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown address', async () => {
    await renderApp({ language: 'en', path: '/nowhere' });
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('switches language: visible text and <html lang> follow, and the title too', async () => {
    const { user } = await renderApp({ language: 'en' });
    await user.selectOptions(screen.getByLabelText('Language'), 'zh-Hant');
    expect(await screen.findByRole('link', { name: '瀏覽' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-Hant');
    await waitFor(() => expect(document.title).toContain('狀態碼'));
    await user.selectOptions(screen.getByLabelText('語言'), 'zh-Hans');
    expect(await screen.findByRole('link', { name: '浏览' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-Hans');
  });

  it('gives each route its own document title, in the UI language', async () => {
    const { user } = await renderApp({ language: 'en', path: '/browse/429' });
    await waitFor(() => expect(document.title).toBe('429 Too Many Requests · HTTP Status Trainer'));
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Quiz' }));
    expect(document.title).toBe('Quiz · HTTP Status Trainer');
    await user.selectOptions(screen.getByLabelText('Language'), 'zh-Hant');
    await waitFor(() => expect(document.title).toBe('測驗 · HTTP 狀態碼練習'));
    await user.click(within(nav).getByRole('link', { name: '學習' }));
    expect(document.title).toBe('學習 · HTTP 狀態碼練習');
  });

  it('keeps the header to the name, the network status and a compact language picker (theme is in Settings)', async () => {
    await renderApp({ language: 'zh-Hans', path: '/study' });
    const header = screen.getByRole('banner');
    expect(within(header).getByLabelText('语言')).toHaveDisplayValue('简体');
    expect(within(header).queryByLabelText('主题')).toBeNull();
  });

  it('remembers the chosen language in a fresh app reading the same storage', async () => {
    const first = await renderApp({ path: '/browse' });
    await first.user.selectOptions(screen.getByLabelText('Language'), 'zh-Hans');
    await screen.findByRole('heading', { level: 1, name: '浏览' });
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-Hans');
    first.unmount();
    await renderApp({ path: '/browse', storage: first.storage });
    expect(screen.getByRole('heading', { level: 1, name: '浏览' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-Hans');
  });

  it('picks the first visit language from the browser', async () => {
    vi.stubGlobal('navigator', { ...navigator, languages: ['zh-HK', 'en'], language: 'zh-HK' });
    await renderApp({ path: '/quiz' });
    expect(screen.getByRole('heading', { level: 1, name: '測驗' })).toBeInTheDocument();
  });

  it('follows the manual theme override and remembers it', async () => {
    const storage = createMemoryStorage();
    const first = await renderApp({ language: 'en', storage, path: '/settings' });
    await first.user.selectOptions(screen.getByLabelText('Theme'), 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    first.unmount();
    document.documentElement.removeAttribute('data-theme');
    await renderApp({ language: 'en', storage, path: '/settings' });
    expect(screen.getByLabelText('Theme')).toHaveValue('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
