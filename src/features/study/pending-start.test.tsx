import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/render';
import { PENDING_START_ATTRIBUTE } from './pending-start';

afterEach(() => document.documentElement.removeAttribute(PENDING_START_ATTRIBUTE));

describe('Start pressed on the prerendered screen, before the app had loaded', () => {
  it('opens the session as soon as Study renders, once', async () => {
    document.documentElement.setAttribute(PENDING_START_ATTRIBUTE, '');
    await renderApp({ language: 'en' });
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Start studying/ })).toBeNull();
    expect(document.documentElement.hasAttribute(PENDING_START_ATTRIBUTE)).toBe(false);
  });

  it('leaves the overview alone without an early tap', async () => {
    await renderApp({ language: 'en' });
    expect(screen.getByRole('button', { name: /^Start studying/ })).toBeVisible();
  });
});
