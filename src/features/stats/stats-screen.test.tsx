import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/render';
import type { Grade } from '../../domain/card-model';
import { CODES } from '../../domain/dataset';
import type { AppStores } from '../../state/stores';

const at = (month: number, day: number, hour: number, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).getTime();

/**
 * A fixed history, answered through the store with a moving clock. Study days (04:00 start): Mar 1,
 * Mar 2 (03:00 on Mar 3), Mar 3 (23:00 on Mar 3 and 03:59 on Mar 4). Review-state answers: Good, Again.
 */
function studyHistory(stores: AppStores, clock: { now: number }) {
  const answer = (when: number, id: string, grade: Grade) => {
    clock.now = when;
    stores.progress.getState().answer(id, grade, 5000);
  };
  answer(at(3, 1, 20), '200:recall', 4);
  answer(at(3, 3, 3), '200:recall', 3);
  answer(at(3, 3, 23), '200:recall', 1);
  answer(at(3, 4, 3, 59), '201:recall', 4);
  clock.now = at(3, 4, 10);
}

function tile(name: string): string {
  const term = screen.getByText(name, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

async function openTable(user: Awaited<ReturnType<typeof renderApp>>['user'], title: string) {
  const figure = screen.getByRole('figure', { name: new RegExp(title) });
  await user.click(within(figure).getByText('Show the data as a table'));
  return within(figure).getByRole('table');
}

// Whole-app renders in jsdom are slow on a shared machine; the default 5 s is too tight.
describe('Stats', { timeout: 20_000 }, () => {
  it('says there is nothing yet for a new user and links to Study', async () => {
    await renderApp({ language: 'en', path: '/stats' });
    expect(screen.getByText(/No reviews yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Study' })).toHaveAttribute('href', '/study');
    expect(tile('Current streak')).toBe('0 days');
  });

  it('shows streaks by study day, reviews today, retention and the forecast of a fixed log', async () => {
    const clock = { now: at(3, 1, 12) };
    const { stores, user } = await renderApp({
      language: 'en',
      path: '/stats',
      now: () => clock.now,
    });
    studyHistory(stores, clock);

    await waitFor(() => expect(tile('Current streak')).toBe('3 days'));
    expect(tile('Longest streak')).toBe('3 days');
    expect(tile('Reviews today')).toBe('0');
    // 200 is relearning (Stats' forecast counts it today); no card is left in review today.
    expect(tile('To review today')).toBe('0');

    const retention = screen.getByRole('region', { name: 'True retention' });
    expect(within(retention).getByText('Desired retention: 90%')).toBeInTheDocument();
    const allTime = within(retention).getByRole('row', { name: /All time/ });
    expect(allTime).toHaveTextContent('50%');
    expect(allTime).toHaveTextContent('1 of 2 remembered');

    expect(
      screen.getByText(/Today 1 \(learning and overdue cards included\).*next 30 days 2\./),
    ).toBeInTheDocument();
    const forecast = await openTable(user, 'Cards due in the next 30 days');
    expect(within(forecast).getAllByRole('row')).toHaveLength(31);
    expect(within(forecast).getByRole('row', { name: /Today/ })).toHaveTextContent('1');

    const mastery = await openTable(user, 'Mastery by class');
    const twoxx = within(mastery).getByRole('row', { name: /^2xx/ });
    const studied2xx = CODES.filter((c) => c.class === 2 && c.status !== 'unofficial').length;
    expect(
      within(twoxx)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([String(studied2xx - 2), '2', '0', '0', String(studied2xx)]);

    const calendar = await openTable(user, 'Reviews in the last 365 days');
    const march = within(calendar).getByRole('row', { name: /March 2026/ });
    expect(
      within(march)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4', '3']);
  });

  it('counts the same log by midnight days when the day starts at 00:00', async () => {
    const clock = { now: at(3, 1, 12) };
    const { stores } = await renderApp({ language: 'en', path: '/stats', now: () => clock.now });
    stores.progress.getState().updateSettings({ dayStartHour: 0 });
    // Midnight days: Mar 1, Mar 3 (03:00 and 23:00), Mar 4 (03:59, today).
    studyHistory(stores, clock);
    await waitFor(() => expect(tile('Current streak')).toBe('2 days'));
    expect(tile('Longest streak')).toBe('2 days');
    expect(tile('Reviews today')).toBe('1');
  });
});

describe('Stats right after a session', { timeout: 30_000 }, () => {
  const words = {
    en: { start: /^Start studying/, show: 'Show answer', good: /^Good/, stats: 'Stats' },
    'zh-Hans': { start: /^开始学习/, show: '显示答案', good: /^良好/, stats: '统计' },
  } as const;
  for (const lang of ['en', 'zh-Hans'] as const) {
    it(`${lang}: counts the answers just given, in the same minute, and today's streak`, async () => {
      // Half a minute into the minute: answers given now are later than the minute's start.
      const clock = { now: at(3, 2, 10, 0) + 30_000 };
      const { user, stores } = await renderApp({
        language: lang,
        path: '/study',
        now: () => clock.now,
      });
      await user.click(screen.getByRole('button', { name: words[lang].start }));
      for (let i = 0; i < 5; i++) {
        await user.click(screen.getByRole('button', { name: words[lang].show }));
        await user.click(screen.getByRole('button', { name: words[lang].good }));
        clock.now += 1000;
      }
      expect(stores.progress.getState().log).toHaveLength(5);
      await user.click(screen.getByRole('link', { name: words[lang].stats }));
      const reviewsToday = lang === 'en' ? 'Reviews today' : '今日复习';
      const streak = lang === 'en' ? 'Current streak' : '当前连续天数';
      expect(await screen.findByText(reviewsToday, { selector: 'dt' })).toBeInTheDocument();
      expect(tile(reviewsToday)).toBe('5');
      expect(tile(streak)).toMatch(/^1/);
    });
  }
});
