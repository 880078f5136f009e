import { act, screen } from '@testing-library/react';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../tests/render';

const registered = vi.hoisted(() => ({
  options: [] as RegisterSWOptions[],
  updateSW: vi.fn(async () => {}),
}));

vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    registered.options.push(options);
    return registered.updateSW;
  },
}));

describe('PWA status in the app shell', () => {
  it('registers the service worker once and shows the update banner in the app', async () => {
    const { user } = await renderApp({ path: '/browse', language: 'en' });
    expect(registered.options).toHaveLength(1);
    act(() => registered.options[0]?.onNeedRefresh?.());
    const banner = screen.getByRole('region', { name: 'Update available' });
    expect(banner).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(registered.updateSW).toHaveBeenCalledOnce();
    // The screen stays usable under the banner.
    expect(screen.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
