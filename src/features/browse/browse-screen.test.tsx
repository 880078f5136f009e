import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/render';

/** The code numbers of the result links, in the order shown. */
function shownCodes(): number[] {
  return screen
    .getAllByRole('link')
    .map((a) => /^\/browse\/(\d{3})$/.exec(a.getAttribute('href') ?? '')?.[1])
    .filter((c): c is string => c !== undefined)
    .map(Number);
}

/** The live region announcing the number of results (the shell has live regions of its own). */
function resultCount(): HTMLElement {
  return within(screen.getByRole('main')).getByRole('status');
}

// Whole-app renders in jsdom are slow on a shared machine; the default 5 s is too tight.
describe('Browse', { timeout: 20_000 }, () => {
  it('lists every code grouped under its class name and summary', async () => {
    await renderApp({ language: 'en', path: '/browse' });
    const clientErrors = screen.getByRole('region', { name: '4xx · Client error' });
    expect(within(clientErrors).getByText(/problem lies with the request/)).toBeInTheDocument();
    expect(within(clientErrors).getByRole('link', { name: '404 Not Found' })).toHaveAttribute(
      'href',
      '/browse/404',
    );
    expect(resultCount()).toHaveTextContent('88 codes');
    const nginx = within(screen.getByRole('link', { name: /^444 / }).closest('li')!);
    expect(nginx.getByText('Unofficial · nginx')).toBeInTheDocument();
    expect(nginx.getByText('New')).toBeInTheDocument();
  });

  it('follows a language switch: names, class headings and badges', async () => {
    const { user } = await renderApp({ language: 'en', path: '/browse' });
    await user.selectOptions(screen.getAllByLabelText('Language')[0]!, 'zh-Hant');
    expect(await screen.findByRole('link', { name: '404 找不到 Not Found' })).toBeInTheDocument();
    const row = within(screen.getByRole('link', { name: /^444 / }).closest('li')!);
    expect(row.getByText('非官方 · nginx')).toBeInTheDocument();
    // Origins are texts of the language, not English labels.
    const informal = within(screen.getByRole('link', { name: /^598 / }).closest('li')!);
    expect(informal.getByText('非官方 · 非正式慣例（部分 HTTP 代理）')).toBeInTheDocument();
    expect(row.getByText('未學')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /^4xx · / })).toHaveTextContent(
      '用戶端錯誤',
    );
  });

  it('searches by number: "41" lists 410–419 and announces the count', async () => {
    const { user } = await renderApp({ language: 'en', path: '/browse' });
    await user.type(screen.getByRole('searchbox', { name: 'Search status codes' }), '41');
    // Essential codes first, then the other registered ones, then the unused and unofficial ones.
    expect(shownCodes()).toEqual([410, 412, 415, 411, 413, 414, 416, 417, 418, 419]);
    expect(resultCount()).toHaveTextContent('10 codes');
    // The address follows once typing pauses.
    await waitFor(() => expect(window.location.search).toBe('?q=41'));
  });

  it('searches by English phrase, best match first, and Enter opens it', async () => {
    const { user } = await renderApp({ language: 'en', path: '/browse' });
    await user.type(screen.getByRole('searchbox'), 'not found{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Status code 404' })).toBeVisible();
    expect(window.location.pathname).toBe('/browse/404');
    // Back returns to the same results.
    window.history.back();
    expect(await screen.findByRole('searchbox')).toHaveValue('not found');
    expect(shownCodes()[0]).toBe(404);
  });

  it('searches by a former phrase', async () => {
    const { user } = await renderApp({ language: 'en', path: '/browse' });
    await user.type(screen.getByRole('searchbox'), 'payload too large');
    expect(shownCodes()[0]).toBe(413);
  });

  it('a zh-Hans user finds 404 by its Simplified name and by the Traditional one', async () => {
    const { user } = await renderApp({ language: 'zh-Hans', path: '/browse' });
    const box = screen.getByRole('searchbox', { name: '搜索状态码' });
    await user.type(box, '未找到');
    expect(shownCodes()[0]).toBe(404);
    expect(screen.getByRole('link', { name: '404 未找到 Not Found' })).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, '找不到');
    expect(await screen.findByRole('link', { name: /^404 / })).toBeInTheDocument();
    expect(shownCodes()[0]).toBe(404);
  });

  it('a zh-Hant user finds 404 by 找不到, 未找到 and "not found"', async () => {
    const { user } = await renderApp({ language: 'zh-Hant', path: '/browse' });
    const box = screen.getByRole('searchbox', { name: '搜尋狀態碼' });
    for (const query of ['找不到', '未找到', 'not found']) {
      await user.clear(box);
      await user.type(box, query);
      await screen.findByRole('link', { name: '404 找不到 Not Found' });
      expect(shownCodes()[0]).toBe(404);
    }
  });

  it('finds words of the summaries and details of every language', async () => {
    const { user } = await renderApp({ language: 'zh-Hant', path: '/browse' });
    // From the zh-Hans details of 404 ("private code repositories"), not in any name.
    await user.type(screen.getByRole('searchbox'), '私有代码仓库');
    expect(await screen.findByRole('link', { name: '404 找不到 Not Found' })).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'private repositories');
    expect(await screen.findByRole('link', { name: '404 找不到 Not Found' })).toBeInTheDocument();
  });

  it('finds codes by the words people use: 限流 lists 429 first, "redirect" the five redirects', async () => {
    const { user } = await renderApp({ language: 'zh-Hans', path: '/browse' });
    const box = screen.getByRole('searchbox');
    await user.type(box, '限流');
    await waitFor(() => expect(shownCodes()[0]).toBe(429));
    await user.clear(box);
    await user.type(box, 'redirect');
    await waitFor(() =>
      expect([...shownCodes().slice(0, 5)].sort()).toEqual([301, 302, 303, 307, 308]),
    );
  });

  it('filters by class and status, and clears both', async () => {
    const { user } = await renderApp({ language: 'en', path: '/browse' });
    await user.selectOptions(screen.getByLabelText('Class'), '5');
    await user.selectOptions(screen.getByLabelText('Status'), 'unofficial');
    expect(shownCodes()).toEqual([509, 520, 521, 522, 523, 524, 525, 526, 529, 530, 598, 599]);
    expect(window.location.search).toBe('?class=5&status=unofficial');
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(resultCount()).toHaveTextContent('88 codes');
  });

  it('opens with the search in the address and says when nothing matches', async () => {
    const { user } = await renderApp({ language: 'en', path: '/browse?q=50&status=webdav' });
    expect(screen.getByRole('searchbox')).toHaveValue('50');
    expect(shownCodes()).toEqual([507, 508]);
    await user.type(screen.getByRole('searchbox'), 'zzz');
    expect(screen.getByText(/No status code matches/)).toBeInTheDocument();
    expect(resultCount()).toHaveTextContent('0 codes');
  });

  it("shows the user's mastery from the progress store", async () => {
    const { stores } = await renderApp({ language: 'en', path: '/browse?q=404' });
    const row = () => within(screen.getByRole('link', { name: '404 Not Found' }).closest('li')!);
    expect(row().getByText('New')).toBeInTheDocument();
    stores.progress.getState().answer('404:recall', 3, 5000);
    expect(await row().findByText('Learning')).toBeInTheDocument();
  });
});
