import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, TEST_NOW } from '../../../tests/render';
import { buildDeck } from '../../domain/card-model';
import { CODES } from '../../domain/dataset';
import { CLASS_DIGITS } from '../../domain/code-classes';
import { buildQueue } from '../../domain/queue';
import type { AppStores } from '../../state/stores';

/** Today's queue over every class, built from the store the way a study session is. */
function queueOf(stores: AppStores) {
  const { cards, log, settings } = stores.progress.getState();
  return buildQueue({
    deck: buildDeck(CODES, settings),
    cards,
    log,
    settings,
    filter: { classes: CLASS_DIGITS, includeUnofficial: settings.includeUnofficial },
    now: TEST_NOW,
  });
}

// Whole-app renders in jsdom are slow on a shared machine; the default 5 s is too tight.
describe('Settings: studying', { timeout: 20_000 }, () => {
  it('changes take effect in the queue: new-card limit, card kinds, unofficial codes', async () => {
    const { user, stores } = await renderApp({ language: 'en', path: '/settings' });
    expect(queueOf(stores).counts.new).toBe(20);

    const limit = screen.getByLabelText('New cards per day');
    await user.clear(limit);
    await user.type(limit, '5{Enter}');
    expect(stores.progress.getState().settings.dailyNewLimit).toBe(5);
    expect(queueOf(stores).counts.new).toBe(5);

    await user.click(screen.getByRole('checkbox', { name: /^Reverse/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Scenario/ }));
    expect(queueOf(stores).items.every((item) => item.kind === 'recall')).toBe(true);

    expect(queueOf(stores).items.some((item) => item.code === 100)).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: /Include unofficial codes/ }));
    await user.clear(limit);
    await user.type(limit, '100');
    await user.tab();
    const codes = queueOf(stores).items.map((item) => item.code);
    expect(codes).toContain(499);
    expect(queueOf(stores).counts.new).toBe(CODES.length);
  });

  it('refuses invalid values with a message and keeps the saved ones', async () => {
    const { user, stores } = await renderApp({ language: 'en', path: '/settings' });
    const settings = () => stores.progress.getState().settings;

    const limit = screen.getByLabelText('New cards per day');
    await user.clear(limit);
    await user.type(limit, '150');
    await user.tab();
    expect(limit).toHaveAttribute('aria-invalid', 'true');
    expect(limit).toHaveAccessibleDescription(/Enter a whole number from 0 to 100\./);
    expect(settings().dailyNewLimit).toBe(20);
    await user.clear(limit);
    await user.type(limit, '30');
    await user.tab();
    expect(limit).not.toHaveAttribute('aria-invalid');
    expect(settings().dailyNewLimit).toBe(30);

    const retention = screen.getByLabelText('Desired retention (%)');
    await user.clear(retention);
    await user.type(retention, '60{Enter}');
    expect(screen.getByText('Enter a percentage from 70 to 97.')).toBeInTheDocument();
    expect(settings().desiredRetention).toBe(0.9);
    await user.clear(retention);
    await user.type(retention, '85{Enter}');
    expect(settings().desiredRetention).toBe(0.85);

    const steps = screen.getByLabelText('Learning steps');
    await user.clear(steps);
    await user.type(steps, '1m 2x{Enter}');
    expect(screen.getByText(/Use steps such as 1m, 10m, 1h or 1d/)).toBeInTheDocument();
    expect(settings().learningSteps).toEqual(['1m', '10m']);
    await user.clear(steps);
    await user.type(steps, '2m, 15m 1h{Enter}');
    expect(settings().learningSteps).toEqual(['2m', '15m', '1h']);
    expect(steps).toHaveValue('2m 15m 1h');

    // Every kind off, one after the other: the last one stays, and the learner is told why.
    for (const name of [
      /^Recall/,
      /^Reverse/,
      /^Scenario/,
      /^Header/,
      /^Wire/,
      /^Duel/,
      /^Behaviour/,
    ])
      await user.click(screen.getByRole('checkbox', { name }));
    expect(screen.getByText('Keep at least one kind of card to study.')).toBeInTheDocument();
    expect(settings().kinds).toEqual(['behaviour']);
    expect(screen.getByRole('checkbox', { name: /^Behaviour/ })).toBeChecked();
  });

  it('sets the day start hour and the quiz option', async () => {
    const { user, stores } = await renderApp({ language: 'en', path: '/settings' });
    await user.selectOptions(screen.getByLabelText('A new study day starts at'), '6');
    expect(stores.progress.getState().settings.dayStartHour).toBe(6);
    await user.click(screen.getByRole('checkbox', { name: 'Quiz answers count as reviews' }));
    expect(stores.progress.getState().settings.quizCountsAsReview).toBe(false);
  });

  it("labels every setting in the user's language", async () => {
    await renderApp({ language: 'zh-Hant', path: '/settings' });
    expect(screen.getByLabelText('每日新卡片數')).toHaveValue(20);
    expect(screen.getByRole('heading', { level: 2, name: '你的資料' })).toBeInTheDocument();
  });
});

// Whole-app renders in jsdom are slow on a shared machine; the default 5 s is too tight.
describe('Settings: about', { timeout: 20_000 }, () => {
  it('names the sources with links and the version', async () => {
    await renderApp({ language: 'en', path: '/settings' });
    const about = screen.getByRole('region', { name: 'About' });
    expect(within(about).getByRole('link', { name: /^RFC 9110 / })).toHaveAttribute(
      'href',
      'https://www.rfc-editor.org/rfc/rfc9110',
    );
    expect(within(about).getByRole('link', { name: 'HTTP状态码' })).toHaveAttribute(
      'href',
      'https://zh.wikipedia.org/wiki/HTTP%E7%8A%B6%E6%80%81%E7%A0%81',
    );
    expect(within(about).getByRole('link', { name: 'CC BY-SA 4.0' })).toBeInTheDocument();
    const { version } = await import('../../../package.json');
    expect(within(about).getByText(`Version ${version}`)).toBeInTheDocument();
  });
});
