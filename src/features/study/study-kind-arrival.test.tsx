import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { watchForEarlyAnswers } from '../../../tests/early-answers';
import { renderStudy, startFocusSession } from './study-test-helpers';

// This file's module graph has not loaded the generated kinds' renderers yet, as on a first visit:
// the first such card waits for its renderer while its options are already known.
describe('Study: a generated card arriving (its renderer still downloading)', () => {
  it('shows its options only with its question, so that a tap never lands on what moved', async () => {
    const app = await renderStudy('en', { limit: 20, classes: [4, 5], knownSince: [405, 501] });
    const { stores, user } = app;
    const watch = watchForEarlyAnswers();
    startFocusSession(app, 405);
    let generated = 0;
    let worded = 0; // cards whose options are words (headers, claims), not codes
    for (let n = 0; n < 12 && stores.session.getState().session; n++) {
      await screen.findByRole(
        'heading',
        { level: 2, name: (name) => name !== '' && !/^Loading/.test(name) },
        { timeout: 5000 },
      );
      const shown = stores.session.getState().session?.shown;
      if (!['recall', 'reverse', 'scenario'].includes(shown?.item.kind ?? '')) generated++;
      if (shown?.question?.options.some((o) => o.type !== 'code')) worded++;
      const answer = shown?.question?.answer ?? -1;
      if (answer < 0) await user.keyboard(' ');
      else await user.keyboard(String(answer + 1));
      await user.keyboard('{Enter}');
    }
    watch.stop();
    expect(generated).toBeGreaterThan(0);
    expect(worded).toBeGreaterThan(0);
    expect(watch.seen).toEqual([]);
  });
});
