import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/render';
import en from '../../../data/locales/en.json';
import browseEn from '../../i18n/locales/en/browse.json';
import lessonEn from '../../i18n/locales/en/lesson.json';
import type { CardState } from '../../domain/card-model';
import { findCode } from '../../domain/dataset';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Whole-app renders in jsdom are slow on a shared machine; the default 5 s is too tight.
describe('code detail page', { timeout: 20_000 }, () => {
  it('shows everything the dataset holds for 404, with related codes linked', async () => {
    const { user } = await renderApp({ language: 'en', path: '/browse/404' });
    expect(screen.getByRole('heading', { level: 1, name: 'Status code 404' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /404 Not Found/ })).toBeInTheDocument();
    expect(screen.getByText(en.codes['404'].summary)).toBeVisible();
    expect(screen.getByText(en.codes['404'].details)).toBeVisible();
    // The example responses arrive in a chunk of their own.
    expect(await screen.findByText(/HTTP\/1\.1 404 Not Found/)).toBeInTheDocument();
    expect(screen.getByText('Standard')).toBeInTheDocument();

    const gone = screen.getByRole('link', { name: /^410 Gone/ });
    expect(gone).toHaveAttribute('href', '/browse/410');
    for (const [other, contrast] of Object.entries(en.codes['404'].contrasts)) {
      expect(screen.getByText(contrast)).toBeInTheDocument();
      expect(screen.getByRole('link', { name: new RegExp(`^${other} `) })).toHaveAttribute(
        'href',
        `/browse/${other}`,
      );
    }
    for (const scenario of en.codes['404'].scenarios)
      expect(screen.getByText(scenario)).toBeInTheDocument();

    const spec = screen.getByRole('link', { name: /RFC 9110, section 15\.5\.5/ });
    expect(spec).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5');
    expect(screen.getByRole('heading', { name: 'Typical situations' })).toBeInTheDocument();

    await user.click(gone);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Status code 410' }),
    ).toBeInTheDocument();
    expect(window.location.pathname).toBe('/browse/410');
  });

  it('shows former names, header fields and the unofficial origin', async () => {
    const { unmount } = await renderApp({ language: 'en', path: '/browse/413' });
    const facts = findCode(413)!;
    expect(facts.formerPhrases.length).toBeGreaterThan(0);
    for (const phrase of facts.formerPhrases)
      expect(screen.getAllByText(new RegExp(escape(phrase))).length).toBeGreaterThan(0);
    // The lesson's header line (the knowledge summary below names some of them again).
    const headerLine = screen.getByText(lessonEn.lesson.headers).closest('p')!;
    for (const header of facts.headers) expect(within(headerLine).getByText(header)).toBeVisible();
    unmount();
    await renderApp({ language: 'en', path: '/browse/444' });
    expect(screen.getByText('Origin: nginx')).toBeInTheDocument();
    expect(screen.getByText('Unofficial · nginx')).toBeInTheDocument();
  });

  it("names the origin in the reader's language, with every vendor that uses the number", async () => {
    await renderApp({ language: 'zh-Hans', path: '/browse/420' });
    expect(
      screen.getByText('来源：Twitter API v1（已停用）；Spring 框架用它表示 Method Failure'),
    ).toBeInTheDocument();
  });

  it('links a code defined only by a draft to the draft, not to "no specification"', async () => {
    await renderApp({ language: 'en', path: '/browse/104' });
    expect(
      screen.getByRole('link', { name: /Internet-Draft draft-ietf-httpbis-resumable-upload/ }),
    ).toHaveAttribute(
      'href',
      'https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/',
    );
    expect(screen.queryByText(/No specification/)).not.toBeInTheDocument();
    const headerLine = screen.getByText(lessonEn.lesson.headers).closest('p')!;
    expect(within(headerLine).getByText('Upload-Limit')).toBeVisible();
  });

  it('puts the English reason phrase beside the Chinese name', async () => {
    await renderApp({ language: 'zh-Hant', path: '/browse/404' });
    const title = screen.getByRole('heading', { level: 2, name: /404/ });
    expect(title).toHaveTextContent('找不到');
    expect(within(title).getByText(/Not Found/)).toHaveAttribute('lang', 'en');
  });

  it("lists the user's reviews of each card and the next due date", async () => {
    const { stores } = await renderApp({ language: 'en', path: '/browse/404' });
    const history = screen.getByRole('region', { name: 'Your history with this code' });
    // Recall, reverse, scenario, wire and behaviour (404 requires no header, so no header card),
    // and a duel with each code 404 is confused with (403, 405, 410).
    const kinds = browseEn.browse.history.kinds;
    for (const name of [kinds.recall, kinds.reverse, kinds.scenario, kinds.wire, kinds.behaviour])
      expect(within(history).getByRole('heading', { name })).toBeInTheDocument();
    expect(within(history).queryByRole('heading', { name: kinds.header })).not.toBeInTheDocument();
    expect(within(history).getAllByText('Not studied yet.')).toHaveLength(8);
    for (const other of [403, 405, 410])
      expect(
        within(history).getByRole('heading', { name: `Duel: ${other} or this code?` }),
      ).toBeInTheDocument();
    stores.progress.getState().answer('404:recall', 1, 3000);
    const recall = await within(history).findByRole('region', { name: /^Recall/ });
    const rows = within(recall).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(within(rows[1]!).getByText('Again')).toBeInTheDocument();
    expect(within(recall).getByText(/^State: Learning/)).toBeInTheDocument();
    expect(within(recall).getByText(/^Next review:/)).toBeInTheDocument();
    expect(within(history).getAllByText('Not studied yet.')).toHaveLength(7);
    expect(screen.getByText('Learning')).toBeInTheDocument();
  });

  it('says when a card is outside the study deck', async () => {
    await renderApp({ language: 'en', path: '/browse/499' });
    const history = screen.getByRole('region', { name: 'Your history with this code' });
    // Its three kinds, its behaviour card and its duels (with 408, 444 and 498), none in a deck
    // without unofficial codes.
    expect(within(history).getAllByText(/Not in your study deck/)).toHaveLength(7);
    const kinds = browseEn.browse.history.kinds;
    expect(within(history).getByRole('heading', { name: kinds.behaviour })).toBeInTheDocument();
  });

  it('"Study this code now" opens a study session for the code', async () => {
    const { user } = await renderApp({ language: 'en', path: '/browse/404' });
    await user.click(screen.getByRole('button', { name: 'Study this code now' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Study' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/study');
    // The session has started on 404's first card; the address no longer asks for it.
    expect(screen.getByText('404', { selector: '.card-prompt__code' })).toBeVisible();
    expect(window.location.search).toBe('');
  });

  it('says so for a code the reference does not hold', async () => {
    await renderApp({ language: 'en', path: '/browse/299' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Unknown status code' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All status codes' })).toHaveAttribute(
      'href',
      '/browse',
    );
  });

  it('shows a card whose saved due date is absurd without breaking the app', async () => {
    const { stores, user } = await renderApp({ language: 'en', path: '/browse/404' });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const card = stores.progress.getState().answer('404:recall', 3, 1_000);
    // A state no Date can hold (restore refuses it; this stands for any fault that slips past).
    act(() =>
      stores.progress.setState((s) => ({
        cards: { ...s.cards, '404:recall': { ...(card as CardState), due: 1e300 } },
      })),
    );
    const alert = await screen.findByRole('alert', { name: /This screen failed/ });
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('link', { name: 'Go to Study' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Study' })).toBeInTheDocument();
  });
});
