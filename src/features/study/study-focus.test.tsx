import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isReview } from '../../domain/card-model';
import { renderApp } from '../../../tests/render';
import { codeOnCard, UI } from './study-test-helpers';

describe('Study this code now', () => {
  it('en: Browse opens a session on that code alone, each of its cards once, then back to the overview', async () => {
    const s = UI.en;
    const { user, stores } = await renderApp({ language: 'en', path: '/browse/404' });
    await user.click(screen.getByRole('button', { name: 'Study this code now' }));
    expect(await screen.findByRole('progressbar', { name: s.progressLabel })).toHaveAttribute(
      'aria-valuemax',
      '3',
    );
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) {
      seen.push(codeOnCard('en'));
      const reveal = screen.queryByRole('button', { name: s.showAnswer });
      if (reveal) await user.click(reveal);
      else await user.click(screen.getAllByRole('button', { name: /^[A-D]/ })[0]!);
      await user.keyboard('3');
    }
    expect(seen).toEqual([404, 404, 404]);
    const reviewed = stores.progress
      .getState()
      .log.filter(isReview)
      .map((e) => e.cardId);
    expect(new Set(reviewed)).toEqual(new Set(['404:recall', '404:reverse', '404:scenario']));
    expect(await screen.findByRole('heading', { name: s.summary.title })).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('ignores a code the dataset does not hold and shows the usual overview', async () => {
    await renderApp({ language: 'zh-Hant', path: '/study?code=999' });
    expect(
      screen.queryByRole('progressbar', { name: UI['zh-Hant'].progressLabel }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: UI['zh-Hant'].today }),
    ).toBeInTheDocument();
  });
});
