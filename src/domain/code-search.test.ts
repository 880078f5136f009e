import { describe, expect, it } from 'vitest';
import en from '../../data/locales/en.json';
import zhHans from '../../data/locales/zh-Hans.json';
import zhHant from '../../data/locales/zh-Hant.json';
import { buildCodeSearchIndex, normalizeSearchText } from './code-search';
import { CODES } from './dataset';
import type { LocaleTexts } from './dataset-schema';
import { ESSENTIAL_CODES } from './introduction-order';

const full = [en, zhHans, zhHant].map((t) => ({
  codes: (t as LocaleTexts).codes,
  classes: (t as LocaleTexts).classes,
}));
const index = buildCodeSearchIndex(CODES, full, { essentials: ESSENTIAL_CODES });
const codes = (query: string) => index.search(query).map((h) => h.code);
const REDIRECTS = [301, 302, 303, 307, 308];

describe('code search', () => {
  it('matches code numbers by prefix: "41" lists exactly 410–419', () => {
    expect([...codes('41')].sort()).toEqual([410, 411, 412, 413, 414, 415, 416, 417, 418, 419]);
    expect(codes('404')).toEqual([404]);
    expect([...codes('4')].sort()).toEqual(CODES.filter((c) => c.class === 4).map((c) => c.code));
  });

  it('puts an exact code before other hits of a mixed query', () => {
    expect(codes('404 not found')[0]).toBe(404);
    expect(codes('5xx timeout')).toContain(504);
    expect(codes('5xx timeout').every((c) => c >= 500)).toBe(true);
  });

  it('finds English phrases regardless of case and width', () => {
    expect(codes('not found')[0]).toBe(404);
    expect(codes('NOT FOUND')[0]).toBe(404);
    expect(codes('ｎｏｔ　ｆｏｕｎｄ')[0]).toBe(404);
    expect(codes('４０４')).toEqual([404]);
    expect(codes('teapot')).toContain(418);
  });

  it('finds former phrases', () => {
    expect(codes('Payload Too Large')[0]).toBe(413);
    expect(codes('request entity too large')[0]).toBe(413);
    expect(codes('moved temporarily')[0]).toBe(302);
  });

  it('finds Chinese names in both scripts, whichever the user reads', () => {
    expect(codes('找不到')[0]).toBe(404);
    expect(codes('未找到')[0]).toBe(404);
    expect(codes(zhHant.codes['503'].name)[0]).toBe(503);
    expect(codes(zhHans.codes['503'].name)[0]).toBe(503);
  });

  it('finds header fields and summary text', () => {
    expect(codes('WWW-Authenticate')).toContain(401);
    expect(codes('retry-after')).toEqual(expect.arrayContaining([429, 503]));
  });

  it('returns nothing for an empty query or one that matches no code', () => {
    expect(codes('')).toEqual([]);
    expect(codes('   ')).toEqual([]);
    expect(codes('zzqqxx')).toEqual([]);
    expect(codes('99')).toEqual([]);
  });

  it('searches only the languages it was built with', () => {
    const englishOnly = buildCodeSearchIndex(CODES, [full[0]!]);
    expect(englishOnly.search('找不到')).toEqual([]);
    expect(englishOnly.search('not found')[0]?.code).toBe(404);
  });

  it('finds names from the small name lists before the full texts have loaded', () => {
    const names = (t: LocaleTexts) =>
      Object.fromEntries(Object.entries(t.codes).map(([code, text]) => [code, text.name]));
    const namesOnly = buildCodeSearchIndex(CODES, [
      { names: names(zhHans as LocaleTexts) },
      { names: names(zhHant as LocaleTexts) },
    ]);
    expect(namesOnly.search('未找到')[0]?.code).toBe(404);
    expect(namesOnly.search('找不到')[0]?.code).toBe(404);
    // Header fields come from the facts; words only the details use wait for the full texts.
    expect(namesOnly.search('WWW-Authenticate').map((h) => h.code)).toContain(401);
    expect(namesOnly.search('私有代码仓库')).toEqual([]);
    expect(index.search('私有代码仓库').map((h) => h.code)).toContain(404);
  });

  it('normalises width, case and separators', () => {
    expect(normalizeSearchText('  Ｎｏｔ-Found__x ')).toBe('not found x');
  });
});

describe('code search, tried as a new user would', () => {
  it('finds the five redirects first for "redirect", in English and both Chinese scripts', () => {
    for (const query of ['redirect', 'Redirect', '重定向', '重新導向'])
      expect([...codes(query).slice(0, 5)].sort(), query).toEqual(REDIRECTS);
  });

  it('finds every 3xx by the class name, in every language', () => {
    const redirection = CODES.filter((c) => c.class === 3).map((c) => c.code);
    for (const query of ['Redirection', en.classes['3'].name, zhHans.classes['3'].name])
      expect(codes(query), query).toEqual(expect.arrayContaining(redirection));
  });

  it('finds 429 first for rate limiting, by the words people use', () => {
    for (const query of ['限流', '節流', 'rate limit', 'throttle', 'too many'])
      expect(codes(query)[0], query).toBe(429);
  });

  it('finds 401 among the first three for "login", and before 203 for "auth"', () => {
    expect(codes('login').slice(0, 3)).toContain(401);
    expect(codes('登录').slice(0, 3)).toContain(401);
    const auth = codes('auth');
    expect(auth).toContain(203);
    expect(auth.indexOf(401)).toBeLessThan(auth.indexOf(203));
  });

  it('puts the exact code before any name or alias match', () => {
    expect(codes('429 rate limit')[0]).toBe(429);
    expect(codes('503')[0]).toBe(503);
  });

  it('ranks essential codes, then registered ones, before retired or unofficial ones of equal score', () => {
    // Every 41x matches "41" by prefix alone, so the tiers decide the order: essential 410, 412, 415;
    // registered 411, 413, 414, 416, 417; then 418 (unused) and 419 (unofficial).
    expect(codes('41')).toEqual([410, 412, 415, 411, 413, 414, 416, 417, 418, 419]);
  });

  it('finds the meanings vendors gave the same number', () => {
    expect(codes('method failure')[0]).toBe(420);
    expect(codes('token required')).toContain(499);
    expect(codes('exchange activesync redirect')[0]).toBe(451);
    expect(codes('csrf')[0]).toBe(419);
  });

  it('finds colloquial and log words in every language', () => {
    expect(codes('挂了')).toEqual(expect.arrayContaining([500, 503]));
    expect(codes('逾時').slice(0, 3)).toEqual(expect.arrayContaining([408, 504]));
    expect(codes('cors')).toContain(403);
    expect(codes('鉴权')[0]).toBe(401);
    expect(codes('跳转').slice(0, 5).sort()).toEqual(REDIRECTS);
  });
});
