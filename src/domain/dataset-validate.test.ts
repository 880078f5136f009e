import { describe, expect, it } from 'vitest';
import type { CodeFacts, LocaleFile, LocaleTexts } from './dataset-schema';
import {
  formatProblems,
  REGISTERED_CODES,
  validateDataset,
  type RawDataset,
} from './dataset-validate';
import { LANGUAGES } from './language';

function fixture(): RawDataset & { codes: CodeFacts[] } {
  const codes: CodeFacts[] = REGISTERED_CODES.map((code) => ({
    code,
    phrase: `Phrase ${code}`,
    formerPhrases: [],
    class: Math.floor(code / 100) as CodeFacts['class'],
    status: 'standard',
    spec: [{ rfc: 9110, section: '15' }],
    headers: [],
    related: code === 401 ? [403] : code === 403 ? [401] : [],
  }));
  const locale = (): LocaleFile => ({
    classes: Object.fromEntries(
      ['1', '2', '3', '4', '5'].map((d) => [d, { name: `Class ${d}`, summary: 'Summary.' }]),
    ) as LocaleTexts['classes'],
    codes: Object.fromEntries(
      codes.map((c) => [
        String(c.code),
        {
          name: c.phrase,
          summary: 'Summary.',
          details: 'Details.',
          scenarios: ['First situation.', 'Second situation.'],
          contrasts: Object.fromEntries(c.related.map((r) => [String(r), 'Differs.'])),
          aliases: [`alias ${c.code}`],
        },
      ]),
    ),
    confusionSets: { '401-403': 'Rule.' },
  });
  return {
    codes,
    locales: { en: locale(), 'zh-Hans': locale(), 'zh-Hant': locale() },
    confusionSets: [{ codes: [401, 403] }],
    glossary: [
      {
        concept: 'redirect',
        terms: {
          'zh-Hans': { term: '重定向', avoid: ['跳转'] },
          'zh-Hant': { term: '重新導向', avoid: ['轉址', '重導向'] },
        },
      },
      {
        concept: 'connection',
        terms: { 'zh-Hant': { term: '連線', avoid: ['連接'], allow: ['連接埠'] } },
      },
    ],
    introductionOrder: {
      essentials: [200, 404],
      registered: codes.map((c) => c.code).filter((c) => c !== 200 && c !== 404),
      rare: [],
    },
  };
}

describe('validateDataset', () => {
  it('accepts a complete, consistent dataset', () => {
    expect(validateDataset(fixture())).toEqual([]);
  });

  it('names the file, the code and the field of an empty text', () => {
    const data = fixture();
    (data.locales['zh-Hant'] as LocaleTexts).codes['404']!.summary = '  ';
    expect(formatProblems(validateDataset(data))).toMatch(
      /data\/locales\/zh-Hant\.json: code 404: codes\.404\.summary/,
    );
  });

  it('reports a locale lacking a code', () => {
    const data = fixture();
    delete (data.locales.en as LocaleTexts).codes['418'];
    expect(validateDataset(data)).toContainEqual(
      expect.objectContaining({ file: 'data/locales/en.json', code: 418 }),
    );
  });

  it('reports a related code that does not exist and a one-way link', () => {
    const data = fixture();
    data.codes.find((c) => c.code === 404)!.related = [499];
    data.codes.find((c) => c.code === 401)!.related = [403, 404];
    const messages = formatProblems(validateDataset(data));
    expect(messages).toMatch(/code 404: related: related code 499 does not exist/);
    expect(messages).toMatch(/code 401: related: 404 does not list 401 back/);
  });

  it('reports a duplicated code, a wrong class and a missing registered code', () => {
    const data = fixture();
    data.codes.push({ ...data.codes[0]! });
    data.codes.find((c) => c.code === 201)!.class = 3;
    data.codes = data.codes.filter((c) => c.code !== 511);
    const messages = formatProblems(validateDataset(data));
    expect(messages).toMatch(/code 100: code: duplicated code/);
    expect(messages).toMatch(/code 201: class/);
    expect(messages).toMatch(/code 511: code: registered code is missing/);
  });

  it('reports a scenario that gives away its own answer', () => {
    const data = fixture();
    (data.locales['zh-Hans'] as LocaleTexts).codes['404']!.scenarios = [
      '服务器返回 404。',
      '另一个。',
    ];
    expect(formatProblems(validateDataset(data))).toMatch(
      /zh-Hans\.json: code 404: codes\.404\.scenarios\.0: scenario mentions its own answer/,
    );
  });

  it('reports contrasts that do not match the related codes, and an unofficial code without origin', () => {
    const data = fixture();
    (data.locales.en as LocaleFile).codes['401']!.contrasts = {};
    data.codes.push({ ...data.codes[0]!, code: 599, class: 5, status: 'unofficial' });
    for (const lang of LANGUAGES) {
      const texts = data.locales[lang] as LocaleFile;
      texts.codes['599'] = { ...texts.codes['100']! };
    }
    (data.locales['zh-Hant'] as LocaleFile).codes['599']!.origin = '非正式慣例';
    const messages = formatProblems(validateDataset(data));
    expect(messages).toMatch(/en\.json: code 401: codes\.401\.contrasts/);
    expect(messages).toMatch(
      /en\.json: code 599: codes\.599\.origin: a code without an RFC needs its origin/,
    );
    expect(messages).not.toMatch(/zh-Hant\.json: code 599: codes\.599\.origin/);
  });

  it('reports schema errors in codes.json with the code they belong to', () => {
    const data = fixture();
    (data.codes[5] as unknown as Record<string, unknown>).status = 'popular';
    expect(validateDataset(data)).toContainEqual(
      expect.objectContaining({
        file: 'data/codes.json',
        code: data.codes[5]!.code,
        field: '5.status',
      }),
    );
  });

  it('reports a Chinese text that uses a rendering the glossary removes, with the term to write', () => {
    const data = fixture();
    (data.locales['zh-Hans'] as LocaleFile).codes['302']!.scenarios[0] = '登录后跳转回原页面。';
    (data.locales['zh-Hant'] as LocaleFile).codes['500']!.details = '連接埠正常，但連接被重設。';
    (data.locales['zh-Hant'] as LocaleFile).confusionSets['401-403'] = '兩者都不是轉址。';
    const messages = formatProblems(validateDataset(data));
    expect(messages).toMatch(
      /zh-Hans\.json: code 302: codes\.302\.scenarios\.0: uses "跳转" for redirect: write "重定向"/,
    );
    expect(messages).toMatch(
      /zh-Hant\.json: code 500: codes\.500\.details: uses "連接" for connection/,
    );
    expect(messages).toMatch(/zh-Hant\.json: confusionSets\.401-403: uses "轉址" for redirect/);
    expect(messages.split('\n')).toHaveLength(3);
  });

  it('reports a Chinese text that breaks the formatting rules, but not an English one', () => {
    const data = fixture();
    (data.locales['zh-Hans'] as LocaleFile).codes['306']!.name = '(未使用)';
    (data.locales['zh-Hant'] as LocaleFile).classes['2'].summary = '成功 。';
    (data.locales.en as LocaleFile).codes['306']!.name = '(Unused)';
    const messages = formatProblems(validateDataset(data));
    expect(messages).toMatch(/zh-Hans\.json: code 306: codes\.306\.name: half-width parentheses/);
    expect(messages).toMatch(/zh-Hant\.json: classes\.2\.summary: a space beside full-width/);
    expect(messages).not.toMatch(/en\.json/);
  });

  it('reports a glossary whose own term it removes, or an allowed word with nothing to allow', () => {
    const data = fixture();
    data.glossary = [
      {
        concept: 'connection',
        terms: { 'zh-Hant': { term: '連接', avoid: ['連接'], allow: ['埠'] } },
      },
    ];
    const messages = formatProblems(validateDataset(data));
    expect(messages).toMatch(/glossary\.json: 0\.terms\.zh-Hant: "連接" is both used and avoided/);
    expect(messages).toMatch(/glossary\.json: 0\.terms\.zh-Hant\.allow: "埠" contains no avoided/);
  });

  it('reports an introduction order that misses a code, lists one twice or names an unknown one', () => {
    const data = fixture();
    const rest = data.codes.map((c) => c.code).filter((c) => c !== 404 && c !== 100);
    data.introductionOrder = { essentials: [404, 404], registered: rest, rare: [299] };
    const messages = formatProblems(validateDataset(data));
    expect(messages).toMatch(/introduction-order\.json: code 404: essentials: listed twice/);
    expect(messages).toMatch(/introduction-order\.json: code 299: rare: not in data\/codes\.json/);
    expect(messages).toMatch(/introduction-order\.json: code 100: \(root\): missing/);
  });

  it('reports a confusion set whose codes are not related, or in the wrong order, or without its rule', () => {
    const data = fixture();
    data.confusionSets = [{ codes: [401, 403] }, { codes: [404, 403, 410] }];
    const messages = formatProblems(validateDataset(data));
    expect(messages).toMatch(
      /codes\.json: code 404: related: set 404-403-410: 404 must list 403 as related/,
    );
    expect(messages).toMatch(
      /codes\.json: code 403: related: set 404-403-410: 403 must list 410 as related/,
    );
    expect(messages).toMatch(
      /confusion-sets\.json: 1\.codes: set 404-403-410: list the codes once each, in ascending order/,
    );
    expect(messages).toMatch(
      /zh-Hant\.json: confusionSets\.404-403-410: the rule of this set is missing/,
    );
  });

  it('reports a rule for a set that does not exist, and a set listed twice', () => {
    const data = fixture();
    data.confusionSets = [{ codes: [401, 403] }, { codes: [401, 403] }];
    (data.locales.en as LocaleFile).confusionSets['200-201'] = 'Rule.';
    const messages = formatProblems(validateDataset(data));
    expect(messages).toMatch(/confusion-sets\.json: 1\.codes: set 401-403 is listed twice/);
    expect(messages).toMatch(
      /en\.json: confusionSets\.200-201: no such set in confusion-sets\.json/,
    );
  });

  it('reports a code without search aliases, and aliases that add nothing', () => {
    const data = fixture();
    const en = data.locales.en as LocaleFile;
    en.codes['404']!.aliases = [];
    en.codes['429']!.aliases = ['rate limit', 'Rate-Limit', '429', 'phrase 429'];
    delete (data.locales['zh-Hans'] as LocaleFile).codes['301']!.aliases;
    const messages = formatProblems(validateDataset(data));
    expect(messages).toMatch(
      /en\.json: code 404: codes\.404\.aliases: a code needs search aliases/,
    );
    expect(messages).toMatch(
      /en\.json: code 429: codes\.429\.aliases: "Rate-Limit" repeats a name or another alias/,
    );
    expect(messages).toMatch(
      /en\.json: code 429: codes\.429\.aliases: "429": numbers are searched as codes/,
    );
    expect(messages).toMatch(
      /en\.json: code 429: codes\.429\.aliases: "phrase 429" repeats a name/,
    );
    expect(messages).toMatch(
      /zh-Hans\.json: code 301: codes\.301\.aliases: a code needs search aliases/,
    );
    expect(messages.split('\n')).toHaveLength(5);
  });

  it('does not hold aliases to the glossary: they are the words people type', () => {
    const data = fixture();
    (data.locales['zh-Hans'] as LocaleFile).codes['302']!.aliases = ['临时跳转'];
    expect(validateDataset(data)).toEqual([]);
  });
});
