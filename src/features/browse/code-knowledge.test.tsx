import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import en401 from '../../../data/knowledge/texts/en/401.json';
import hans401 from '../../../data/knowledge/texts/zh-Hans/401.json';
import hant401 from '../../../data/knowledge/texts/zh-Hant/401.json';
import { renderApp } from '../../../tests/render';
import kindsEn from '../../i18n/locales/en/kinds.json';
import kindsHans from '../../i18n/locales/zh-Hans/kinds.json';
import kindsHant from '../../i18n/locales/zh-Hant/kinds.json';

const UI = { en: kindsEn.kinds, 'zh-Hans': kindsHans.kinds, 'zh-Hant': kindsHant.kinds };
const TEXTS = { en: en401, 'zh-Hans': hans401, 'zh-Hant': hant401 };

describe("a code's page: what a developer must know", () => {
  for (const lang of ['en', 'zh-Hans', 'zh-Hant'] as const) {
    const k = UI[lang].knowledge;
    it(`${lang}: 401's headers with levels, methods, caching, retrying, fetch() and the wild, each with its link`, async () => {
      await renderApp({ language: lang, path: '/browse/401' });
      const section = await screen.findByRole('region', { name: k.title }, { timeout: 5000 });
      for (const heading of [
        k.responseHeaders,
        k.requestHeaders,
        k.methods,
        k.caching,
        k.content,
        k.retry,
        k.fetch,
        k.wild,
      ])
        expect(within(section).getByRole('heading', { name: heading })).toBeVisible();
      const header = within(section).getByText('WWW-Authenticate').closest('li') as HTMLElement;
      expect(header).toHaveTextContent(UI[lang].level.MUST);
      expect(within(header).getByRole('link', { name: /RFC 9110 §15\.5\.2/ })).toHaveAttribute(
        'href',
        'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2',
      );
      const t = TEXTS[lang];
      for (const text of [t.retry, t.fetchNotes['basic-prompt'], t.wild['drf-401-403']])
        expect(within(section).getByText(text, { exact: false })).toBeVisible();
      expect(
        within(section)
          .getAllByRole('link', { name: /Fetch/ })
          .map((a) => a.getAttribute('href')),
      ).toEqual(
        expect.arrayContaining([
          'https://fetch.spec.whatwg.org/#ok-status',
          'https://fetch.spec.whatwg.org/#http-network-or-cache-fetch',
        ]),
      );
      // Every fact carries its source, opened in a new tab.
      for (const link of within(section).getAllByRole('link')) {
        expect(link).toHaveAttribute('target', '_blank');
        expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      }
    });
  }

  for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
    it(`${lang}: joins a fact's lead and its explanation with Chinese punctuation, not ". " or "; "`, async () => {
      await renderApp({ language: lang, path: '/browse/401' });
      const section = await screen.findByRole(
        'region',
        { name: UI[lang].knowledge.title },
        { timeout: 5000 },
      );
      // The methods, caching, content, retry, fetch() and wild facts each have a lead and an explanation.
      expect(section.textContent).not.toMatch(/[\p{Script=Han}」][.;] /u);
      expect(section.textContent).toContain(`${UI[lang].knowledge.anyMethod}。`);
    });
  }

  it('shows nothing of the kind for a code whose knowledge is not recorded yet', async () => {
    // Knowledge is recorded for every registered code; 420 (unofficial) has none yet.
    await renderApp({ language: 'en', path: '/browse/420' });
    await screen.findByRole('heading', { level: 2, name: /420/ });
    expect(screen.queryByRole('region', { name: UI.en.knowledge.title })).not.toBeInTheDocument();
  });
});
