import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, TEST_NOW } from '../../../tests/render';
import { CODES } from '../../domain/dataset';
import { exportProgress } from '../../domain/progress-file';
import { DEFAULT_PARAMETERS } from '../../domain/scheduler';
import { simulateStudy } from '../../domain/simulate';
import { createMemoryStorage } from '../../state/app-env';
import { PROGRESS_STORAGE_KEY } from '../../state/progress-store';
import { createAppStores } from '../../state/stores';

const DAY = 86_400_000;
const studied = simulateStudy({
  codes: CODES.slice(0, 15),
  days: 30,
  reviewsPerDay: 25,
  start: TEST_NOW - 31 * DAY,
  seed: 2,
});

/** Saved progress whose settings carry `parameters`. */
function savedWith(parameters: unknown): string {
  const file = JSON.parse(JSON.stringify(exportProgress(studied))) as {
    settings: Record<string, unknown>;
  };
  file.settings.parameters = parameters;
  return JSON.stringify(file);
}

const set = (w: number[]) => ({ w, optimizedAt: TEST_NOW - DAY, reviewCount: 300 });

describe('Settings: the scheduler section', { timeout: 30_000 }, () => {
  it('a saved parameter set of the wrong length is refused with a translated message; the defaults stand', async () => {
    const storage = createMemoryStorage({
      [PROGRESS_STORAGE_KEY]: savedWith(set(DEFAULT_PARAMETERS.slice(0, 20))),
    });
    const { stores } = await renderApp({ language: 'zh-Hans', path: '/settings', storage });
    expect(
      await screen.findByText(
        '本设备上保存的参数无法使用（有 20 个权重，而不是 21 个），因此正在使用默认值。',
      ),
    ).toBeVisible();
    expect(screen.getByText('参数：FSRS 默认值。')).toBeVisible();
    expect(stores.progress.getState().settings.parameters).toBeUndefined();
    // Nothing else was lost.
    expect(stores.progress.getState().log).toHaveLength(studied.log.length);
  });

  it('an imported file with an out-of-range parameter is refused with a translated message', async () => {
    const { user, stores } = await renderApp({ language: 'en', path: '/settings' });
    const w = [...DEFAULT_PARAMETERS];
    w[4] = 42;
    await user.upload(
      screen.getByLabelText('Choose a progress file (.json)'),
      new File([savedWith(set(w))], 'hostile.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(
        'The parameters in this file are not usable (weight 4 is outside 1 to 10); your progress and parameters are unchanged.',
      ),
    ).toBeVisible();
    expect(stores.progress.getState().log).toEqual([]);
  });

  it('shows fitted parameters and resets them to the defaults in one tap', async () => {
    const storage = createMemoryStorage({
      [PROGRESS_STORAGE_KEY]: savedWith(set([...DEFAULT_PARAMETERS].map((x) => x * 1.01))),
    });
    const { user, stores } = await renderApp({ language: 'en', path: '/settings', storage });
    expect(await screen.findByText(/Parameters: fitted to your 300 reviews on/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getByText('Parameters: the FSRS defaults.')).toBeVisible();
    expect(stores.progress.getState().settings.parameters).toBeUndefined();
  });

  it('reschedules on request after a change of retention: logged, saved, and the same after a reload', async () => {
    const storage = createMemoryStorage({ [PROGRESS_STORAGE_KEY]: savedWith(undefined) });
    const { user, stores } = await renderApp({ language: 'en', path: '/settings', storage });
    expect(
      await screen.findByText('Every card already follows the current settings.'),
    ).toBeVisible();
    const retention = screen.getByLabelText('Desired retention (%)');
    await user.clear(retention);
    await user.type(retention, '80{Enter}');
    expect(await screen.findByText(/would move earlier and \d+ later/)).toBeVisible();
    expect(screen.getByText(/Reviews per day over the next 30 days/)).toBeVisible();
    const before = stores.progress.getState().log.length;
    await user.click(screen.getByRole('button', { name: 'Reschedule existing cards now' }));
    expect(await screen.findByText(/cards? rescheduled\./)).toBeVisible();
    const after = stores.progress.getState();
    const entries = after.log.slice(before);
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(e).toMatchObject({ action: 'reschedule' });
    expect(screen.getByText('Every card already follows the current settings.')).toBeVisible();
    // Another tab (or a reload) reading storage sees the same cards and log.
    await waitFor(() => expect(after.flush()).toBe(true));
    const other = createAppStores({ storage, now: () => TEST_NOW });
    await other.progress.getState().ready();
    expect(other.progress.getState().cards).toEqual(after.cards);
    expect(other.progress.getState().log).toEqual(after.log);
  });

  it('says how many more reviews the optimiser needs on a young log', async () => {
    await renderApp({ language: 'en', path: '/settings' });
    expect(
      await screen.findByText(
        'Optimising needs reviews of cards on a later day than their first review: you have 0, and 8 more are needed.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Optimise parameters' })).toBeDisabled();
  });
});
