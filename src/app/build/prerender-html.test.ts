import { describe, expect, it, vi } from 'vitest';
import { detectLanguage } from '../../i18n/detect-language';
import { LANGUAGES } from '../../domain/language';
import { hashSource } from './csp-sources';
import { firstVisitScript, injectPrerender } from './prerender-html';

const SCREENS = Object.fromEntries(LANGUAGES.map((l) => [l, `<h1>${l}</h1>`])) as Record<
  (typeof LANGUAGES)[number],
  string
>;
const INDEX = `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" /></head><body><div id="root"></div></body></html>`;

/** Puts the built index.html's #root in the test's document at `path` and runs its inline script. */
function visit(
  options: { path?: string; languages?: string[]; stored?: Record<string, string> } = {},
) {
  const html = injectPrerender(INDEX, SCREENS, '/app/');
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  document.body.innerHTML = body.replace(/<script>[\s\S]*<\/script>/, '');
  document.documentElement.lang = 'en';
  window.history.replaceState(null, '', options.path ?? '/app/');
  for (const [k, v] of Object.entries(options.stored ?? {})) localStorage.setItem(k, v);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(options.languages ?? ['en-US']);
  // Indirect eval: the script runs in the global scope, as an inline <script> does.
  (0, eval)(firstVisitScript('/app/'));
  const kept = [...document.querySelectorAll<HTMLElement>('[data-prerender]')];
  const result = {
    kept: kept.map((e) => ({ lang: e.dataset.prerender, hidden: e.hidden })),
    htmlLang: document.documentElement.lang,
  };
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  return result;
}

describe('prerendered first screen', () => {
  const browsers: string[][] = [
    ['en-US'],
    ['zh-CN'],
    ['zh-TW'],
    ['zh-HK', 'en'],
    ['zh-MO'],
    ['zh-SG'],
    ['zh'],
    ['zh-Hant'],
    ['zh-Hans-HK'],
    ['zh-Hant-CN'],
    ['ZH_tw'],
    ['fr-FR', 'zh-TW'],
    ['de', 'en-GB', 'zh-CN'],
    ['fr'],
    [],
  ];
  it.each(browsers.map((l) => [l.join(',') || '(none)', l] as const))(
    'shows the screen of the language the app will start in (%s)',
    (_, languages) => {
      const expected = detectLanguage(null, languages);
      expect(visit({ languages })).toEqual({
        kept: [{ lang: expected, hidden: false }],
        htmlLang: expected,
      });
    },
  );

  it('shows it on the Study path too, but on no other screen and not with a query', () => {
    expect(visit({ path: '/app/study' }).kept).toHaveLength(1);
    expect(visit({ path: '/app/browse' }).kept).toEqual([]);
    expect(visit({ path: '/app/study?code=404' }).kept).toEqual([]);
  });

  it('shows none to a returning visitor, whose counts, language or theme may differ', () => {
    expect(visit({ stored: { 'hst-progress': '{}' } })).toEqual({ kept: [], htmlLang: 'en' });
    expect(visit({ stored: { 'hst-language': 'zh-Hant' } }).kept).toEqual([]);
    expect(visit({ stored: { unrelated: 'x' } }).kept).toHaveLength(1);
  });

  it('allows its script by hash in the CSP and nothing else inline', () => {
    const html = injectPrerender(INDEX, SCREENS, '/app/');
    const csp = /content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain(`script-src 'self' ${hashSource(firstVisitScript('/app/'))};`);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain(`<script>${firstVisitScript('/app/')}</script>`);
  });

  it('fails the build when index.html has no empty #root to fill', () => {
    expect(() => injectPrerender('<html></html>', SCREENS, '/')).toThrow(/empty <div id="root">/);
  });
});
