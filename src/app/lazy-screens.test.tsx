import { act, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../tests/render';
import { lazyScreen } from './lazy-screens';
import { RouterProvider } from '../ui/router';
import { ScreenBoundary } from './screen-boundary';

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const Hello = ({ name }: { name: string }) => <h1>Hello {name}</h1>;

describe('lazy screens', () => {
  it('show a loading note until downloaded, then the screen with its props', async () => {
    const { i18n, unmount } = await renderApp({ language: 'en' }); // for the note's i18n
    unmount();
    const job = deferred<typeof Hello>();
    const Lazy = lazyScreen(() => job.promise);
    render(
      <I18nextProvider i18n={i18n}>
        <Lazy name="quiz" />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    await act(async () => job.resolve(Hello));
    expect(await screen.findByRole('heading', { name: 'Hello quiz' })).toBeInTheDocument();
  });

  it('render at once, without suspending, once preloaded', async () => {
    let calls = 0;
    const Lazy = lazyScreen(async () => {
      calls++;
      return Hello;
    });
    await Lazy.preload();
    await Lazy.preload();
    render(<Lazy name="stats" />);
    expect(screen.getByRole('heading', { name: 'Hello stats' })).toBeInTheDocument();
    expect(calls).toBe(1);
  });

  it('retry a download that failed', async () => {
    let calls = 0;
    const Lazy = lazyScreen(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return Hello;
    });
    await expect(Lazy.preload()).rejects.toThrow('offline');
    await Lazy.preload();
    render(<Lazy name="again" />);
    expect(screen.getByRole('heading', { name: 'Hello again' })).toBeInTheDocument();
  });

  it('offer a retry when the download fails, and render once it succeeds', async () => {
    const { i18n, unmount, user } = await renderApp({ language: 'en' });
    unmount();
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    let calls = 0;
    const Lazy = lazyScreen(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return Hello;
    });
    render(
      <I18nextProvider i18n={i18n}>
        <Lazy name="back online" />
      </I18nextProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Hello back online' })).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('say the screen failed, not the connection, when a downloaded screen throws while rendering', async () => {
    const { i18n, router, unmount, user } = await renderApp({ language: 'zh-Hans' });
    unmount();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    const Broken = () => {
      if (fail) throw new RangeError('Invalid time value');
      return <h1>Fixed</h1>;
    };
    const Lazy = lazyScreen(async () => Broken);
    render(
      <I18nextProvider i18n={i18n}>
        <RouterProvider router={router}>
          <ScreenBoundary>
            <Lazy />
          </ScreenBoundary>
        </RouterProvider>
      </I18nextProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('此页面出错了');
    expect(alert).not.toHaveTextContent('网络');
    // The error itself only behind a disclosure, for a bug report.
    expect(within(alert).getByText('技术细节')).toBeInTheDocument();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('heading', { name: 'Fixed' })).toBeInTheDocument();
  });
});
