import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/render';
import { watchForEarlyAnswers } from '../../../tests/early-answers';

// This file's module graph has not loaded the generated kinds' renderers yet, as on a first visit.
describe('Quiz: a generated question arriving (its renderer still downloading)', () => {
  it('shows its options only with its question, so that a tap never lands on what moved', async () => {
    const { user } = await renderApp({ path: '/quiz', language: 'en' });
    await user.click(screen.getByRole('radio', { name: '20 questions' }));
    const watch = watchForEarlyAnswers();
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    const kinds = new Set<string>();
    for (let i = 1; i <= 20; i++) {
      const heading = await screen.findByRole(
        'heading',
        { level: 2, name: (name) => name !== '' && !/^Loading/.test(name) },
        { timeout: 5000 },
      );
      kinds.add(heading.textContent ?? '');
      await user.keyboard('1');
      await user.keyboard('{Enter}');
    }
    await screen.findByRole('heading', { name: 'Results' });
    watch.stop();
    // More than the three questions of the base kinds: generated ones were met.
    expect(kinds.size).toBeGreaterThan(3);
    expect(watch.seen).toEqual([]);
  });
});
