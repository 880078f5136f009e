import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLASS_DIGITS } from '../../src/domain/code-classes';
import type { CodeFacts, LocaleFile } from '../../src/domain/dataset-schema';
import {
  COMMON_CODES,
  REGISTERED_CODES,
  formatProblems,
  validateDataset,
} from '../../src/domain/dataset-validate';
import { LANGUAGES, type Language } from '../../src/domain/language';
import { confusionSetKey } from '../../src/domain/confusion-sets';
import type { ConfusionSet, GlossaryConcept } from '../../src/domain/dataset-schema';
import { glossaryHits } from '../../src/domain/glossary';
import { localeTextFields } from '../../src/domain/locale-text-fields';
import { scriptViolations } from './script-purity';

// Vitest runs from the repository root.
const at = (path: string) => resolve(process.cwd(), path);
const read = (path: string): unknown => JSON.parse(readFileSync(at(path), 'utf8'));
const codes = read('data/codes.json') as CodeFacts[];
const locales = Object.fromEntries(
  LANGUAGES.map((l) => [l, read(`data/locales/${l}.json`)]),
) as Record<Language, LocaleFile>;
const confusionSets = read('data/confusion-sets.json');
const glossary = read('data/glossary.json');
const introductionOrder = read('data/introduction-order.json');

describe('the dataset in data/', () => {
  it('passes the schema and every cross-file rule', () => {
    expect(
      formatProblems(
        validateDataset({ codes, locales, confusionSets, glossary, introductionOrder }),
      ),
    ).toBe('');
  });

  it('holds every registered code, each in the class of its first digit', () => {
    const present = new Set(codes.map((c) => c.code));
    expect(REGISTERED_CODES.filter((c) => !present.has(c))).toEqual([]);
    for (const c of codes) expect(c.class, `${c.code}`).toBe(Math.floor(c.code / 100));
  });

  it('marks the well-known unofficial codes with their origin, in every language', () => {
    const unofficial = [
      419, 420, 440, 444, 449, 450, 494, 495, 496, 497, 498, 499, 509, 520, 521, 522, 523, 524, 525,
      526, 529, 530, 598, 599,
    ];
    for (const code of unofficial) {
      const facts = codes.find((c) => c.code === code);
      expect(facts?.status, `${code}`).toBe('unofficial');
      for (const lang of LANGUAGES)
        expect(locales[lang].codes[String(code)]?.origin, `${lang} ${code}`).toBeTruthy();
    }
  });

  it('uses RFC 9110 names first and keeps the older ones as former names', () => {
    const byCode = new Map(codes.map((c) => [c.code, c]));
    expect(byCode.get(413)?.phrase).toBe('Content Too Large');
    expect(byCode.get(413)?.formerPhrases).toEqual(
      expect.arrayContaining(['Payload Too Large', 'Request Entity Too Large']),
    );
    expect(byCode.get(414)?.phrase).toBe('URI Too Long');
    expect(byCode.get(416)?.phrase).toBe('Range Not Satisfiable');
    expect(byCode.get(422)?.phrase).toBe('Unprocessable Content');
    expect(byCode.get(422)?.formerPhrases).toContain('Unprocessable Entity');
    expect(byCode.get(418)?.formerPhrases).toContain("I'm a teapot");
    expect(byCode.get(420)?.phrase).toBe('Enhance Your Calm');
  });

  it('states the header facts of issue 13 (RFC 9110 §7.8, §15.5.9, §15.5.22; RFC 3229 §10.4.1)', () => {
    const byCode = new Map(codes.map((c) => [c.code, c]));
    expect(byCode.get(426)?.headers).toEqual(expect.arrayContaining(['Upgrade', 'Connection']));
    expect(byCode.get(408)?.headers).not.toContain('Connection');
    expect(byCode.get(226)?.headers).toContain('ETag');
    expect(byCode.get(104)?.headers).toEqual(
      expect.arrayContaining(['Location', 'Upload-Offset', 'Upload-Limit']),
    );
    expect(byCode.get(104)?.draft).toBe('draft-ietf-httpbis-resumable-upload');
  });

  it('shows 208 inside a 207 body, never as a status line (RFC 5842 §7.1)', () => {
    const example = codes.find((c) => c.code === 208)?.example ?? '';
    expect(example.split('\n')[0]).toBe('HTTP/1.1 207 Multi-Status');
    expect(example).toContain('<D:status>HTTP/1.1 208 Already Reported</D:status>');
  });

  it('keeps the former and variant phrases developers meet in logs', () => {
    const byCode = new Map(codes.map((c) => [c.code, c]));
    expect(byCode.get(408)?.formerPhrases).toContain('Request Time-out');
    expect(byCode.get(414)?.formerPhrases).toEqual(
      expect.arrayContaining(['Request-URI Too Long', 'Request-URI Too Large']),
    );
    expect(byCode.get(504)?.formerPhrases).toContain('Gateway Time-out');
    expect(byCode.get(505)?.formerPhrases).toContain('HTTP Version not supported');
    expect(byCode.get(520)?.phrase).toBe('Web Server Returns an Unknown Error');
  });

  it('cites no obsolete RFC (2616, 7230–7235, 7538)', () => {
    const obsolete = [2616, 2518, 7230, 7231, 7232, 7233, 7234, 7235, 7538];
    const cited = codes.flatMap((c) => c.spec.map((s) => ({ code: c.code, rfc: s.rfc })));
    expect(cited.filter((s) => obsolete.includes(s.rfc) && s.code !== 102)).toEqual([]);
  });

  it('gives every locale every code and class with non-empty text', () => {
    for (const lang of LANGUAGES) {
      for (const digit of CLASS_DIGITS) {
        const cls = locales[lang].classes[String(digit) as '1'];
        expect(cls?.name.trim(), `${lang} class ${digit}`).toBeTruthy();
        expect(cls?.summary.trim(), `${lang} class ${digit}`).toBeTruthy();
      }
      for (const { code } of codes) {
        const text = locales[lang].codes[String(code)];
        expect(text, `${lang} ${code}`).toBeDefined();
        for (const field of ['name', 'summary', 'details'] as const)
          expect(text?.[field].trim(), `${lang} ${code} ${field}`).toBeTruthy();
      }
    }
  });

  it('links related codes both ways, with a contrast for each link in every language', () => {
    const byCode = new Map(codes.map((c) => [c.code, c]));
    for (const c of codes)
      for (const other of c.related) {
        expect(byCode.get(other)?.related, `${other} should list ${c.code}`).toContain(c.code);
        for (const lang of LANGUAGES)
          expect(locales[lang].codes[String(c.code)]?.contrasts[String(other)]).toBeTruthy();
      }
  });

  it('gives every registered 2xx–5xx code a scenario and the common codes two or more', () => {
    for (const lang of LANGUAGES)
      for (const c of codes) {
        const n = locales[lang].codes[String(c.code)]?.scenarios.length ?? 0;
        expect(n, `${lang} ${c.code}`).toBeGreaterThanOrEqual(
          COMMON_CODES.includes(c.code) ? 2 : 1,
        );
      }
  });

  it('relates every two codes of a confusion set, with a contrast both ways and the rule in every language', () => {
    const byCode = new Map(codes.map((c) => [c.code, c]));
    const sets = confusionSets as ConfusionSet[];
    const listed = [
      '401-403',
      '401-407',
      '401-407-511',
      '301-302-303-307-308',
      '400-422',
      '415-422',
      '406-415',
      '404-410',
      '403-404',
      '403-451',
      '502-504',
      '500-503',
      '429-503',
      '408-504',
      '409-412-428',
      '413-414-431',
      '200-201-202-204',
      '204-205',
      '304-412',
      '405-501',
      '200-206-416',
      '100-417',
      '101-426',
      '426-505',
      '409-423',
      '200-207',
      '208-508',
      '102-103-202',
      '305-306',
      '400-421',
      '200-203',
      '411-413',
    ];
    expect(sets.map(confusionSetKey)).toEqual(expect.arrayContaining(listed));
    for (const set of sets)
      for (const a of set.codes) {
        for (const b of set.codes) {
          if (a === b) continue;
          expect(byCode.get(a)?.related, `${a} → ${b}`).toContain(b);
          for (const lang of LANGUAGES)
            expect(
              locales[lang].codes[String(a)]?.contrasts[String(b)],
              `${lang} ${a} → ${b}`,
            ).toBeTruthy();
        }
        for (const lang of LANGUAGES)
          expect(locales[lang].confusionSets[confusionSetKey(set)], lang).toBeTruthy();
      }
  });

  it('writes zh-Hans in Simplified and zh-Hant in Traditional characters only', () => {
    expect(scriptViolations(locales['zh-Hans'], 'zh-Hans')).toEqual([]);
    expect(scriptViolations(locales['zh-Hant'], 'zh-Hant')).toEqual([]);
  });

  it('uses one glossary term per concept in every Chinese text', () => {
    const terms = glossary as GlossaryConcept[];
    for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
      const slips = localeTextFields(locales[lang]).flatMap(({ field, text }) =>
        glossaryHits(text, lang, terms).map((hit) => `${field}: ${hit.found} → ${hit.term}`),
      );
      expect(slips, lang).toEqual([]);
    }
  });

  it('keeps the glossary terms decided for issue 13', () => {
    const decided: [string, string, string][] = [
      ['header (field, generic)', '标头', '標頭'],
      ['request header', '请求头', '請求標頭'],
      ['response header', '响应头', '回應標頭'],
      ['body (generic)', '消息体', '主體'],
      ['request body', '请求体', '請求主體'],
      ['response body', '响应体', '回應主體'],
      ['message', '消息', '訊息'],
      ['origin server', '源服务器', '原始伺服器'],
      ['redirect', '重定向', '重新導向'],
      ['credentials', '凭据', '認證資訊'],
      ['certificate', '证书', '憑證'],
      ['authentication', '身份验证', '身分驗證'],
      ['status line', '状态行', '狀態行'],
      ['request line', '请求行', '請求行'],
      ['cache', '缓存', '快取'],
      ['gateway', '网关', '閘道'],
      ['client', '客户端', '用戶端'],
      ['server', '服务器', '伺服器'],
      ['response', '响应', '回應'],
      ['connection', '连接', '連線'],
    ];
    const byConcept = new Map((glossary as GlossaryConcept[]).map((c) => [c.concept, c.terms]));
    for (const [concept, hans, hant] of decided) {
      expect(byConcept.get(concept)?.['zh-Hans']?.term, concept).toBe(hans);
      expect(byConcept.get(concept)?.['zh-Hant']?.term, concept).toBe(hant);
    }
    expect(
      byConcept.get('message framing (RFC 9112 §6, message body length)')?.['zh-Hant']?.term,
    ).toBe('訊息定界');
  });

  it('writes the same name the same way in each language (306 and 418 are both "(Unused)")', () => {
    for (const lang of LANGUAGES) {
      const byPhrase = new Map<string, Set<string>>();
      for (const c of codes) {
        const names = byPhrase.get(c.phrase) ?? new Set<string>();
        names.add(locales[lang].codes[String(c.code)]!.name);
        byPhrase.set(c.phrase, names);
      }
      for (const [phrase, names] of byPhrase)
        expect([...names], `${lang} ${phrase}`).toHaveLength(1);
    }
  });

  // Three scenarios a code, confusion-set rules and search aliases: en.json is about 152 KB (2026-11).
  it('keeps each locale file under 170 KB', () => {
    for (const lang of LANGUAGES)
      expect(statSync(at(`data/locales/${lang}.json`)).size).toBeLessThan(170_000);
  });
});
