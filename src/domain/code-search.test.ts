import { describe, expect, it } from 'vitest';
import en from '../../data/locales/en.json';
import zhHans from '../../data/locales/zh-Hans.json';
import zhHant from '../../data/locales/zh-Hant.json';
import { buildCodeSearchIndex, normalizeSearchText } from './code-search';
import { CODES } from './dataset';
import type { LocaleTexts } from './dataset-schema';

const full = [en, zhHans, zhHant].map((t) => ({ codes: (t as LocaleTexts).codes }));
const index = buildCodeSearchIndex(CODES, full);
const codes = (query: string) => index.search(query).map((h) => h.code);

describe('code search', () => {
  it('matches code numbers by prefix: "41" lists exactly 410–419', () => {
    expect(codes('41')).toEqual([410, 411, 412, 413, 414, 415, 416, 417, 418, 419]);
    expect(codes('404')).toEqual([404]);
    expect(codes('4')).toEqual(CODES.filter((c) => c.class === 4).map((c) => c.code));
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
