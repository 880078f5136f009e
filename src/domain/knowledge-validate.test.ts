import { describe, expect, it } from 'vitest';
import type { CodeFacts, GlossaryConcept } from './dataset-schema';
import { problemList } from './dataset-problems';
import type { KnowledgeFacts, KnowledgeTexts } from './knowledge-model';
import { validateKnowledge, type RawKnowledge } from './knowledge-validate';

const code = (n: number, example?: string): CodeFacts => ({
  code: n,
  phrase: `Phrase ${n}`,
  formerPhrases: n === 413 ? ['Request Entity Too Large'] : [],
  class: Math.floor(n / 100) as CodeFacts['class'],
  status: 'standard',
  spec: [],
  headers: [],
  related: [],
  ...(example ? { example } : {}),
});
const EXAMPLE_405 = 'HTTP/1.1 405 Method Not Allowed\nAllow: GET\nContent-Length: 0';
const codes = [code(405, EXAMPLE_405), code(413), code(503)];
const examples = new Map([[405, EXAMPLE_405]]);

function facts405(): KnowledgeFacts {
  return {
    code: 405,
    responseHeaders: [
      {
        id: 'allow',
        header: 'Allow',
        level: 'MUST',
        value: 'GET',
        ref: { rfc: 9110, section: '15.5.6' },
      },
    ],
    requestHeaders: [],
    methods: { typical: ['DELETE'], only: false, ref: { rfc: 9110, section: '15.5.6' } },
    caching: { class: 'heuristic', ref: { rfc: 9110, section: '15.1' }, traps: [] },
    content: { rule: 'allowed', ref: { rfc: 9110, section: '6.4.1' } },
    retry: { advice: 'change-request', ref: { rfc: 9110, section: '15.5.6' } },
    fetch: { outcome: 'not-ok', ref: { fetch: 'ok-status' }, notes: [] },
    wild: [],
    exchange: { request: 'DELETE /a HTTP/1.1\nHost: example.com' },
  };
}
function texts(): KnowledgeTexts {
  return {
    conditions: {},
    requestHeaders: {},
    methods: 'Methods.',
    caching: 'Caching.',
    traps: {},
    content: 'Content.',
    retry: 'Retry.',
    fetch: 'Fetch.',
    fetchNotes: {},
    wild: {},
  };
}
const headers = [
  { name: 'Allow', direction: 'response', ref: { rfc: 9110, section: '10.2.1' } },
  { name: 'Content-Length', direction: 'both', general: true, ref: { rfc: 9110, section: '8.6' } },
  { name: 'Host', direction: 'request', ref: { rfc: 9110, section: '7.2' } },
];
const glossary: GlossaryConcept[] = [
  { concept: 'cache', terms: { 'zh-Hant': { term: '快取', avoid: ['緩存'] } } },
];

function raw(f: unknown = facts405(), t: (lang: string) => unknown = () => texts()): RawKnowledge {
  return {
    headers,
    facts: { '405': f },
    texts: {
      en: { '405': t('en') },
      'zh-Hans': { '405': t('zh-Hans') },
      'zh-Hant': { '405': t('zh-Hant') },
    },
  };
}
function problems(input: RawKnowledge): string[] {
  const list = problemList();
  validateKnowledge(input, codes, examples, glossary, list);
  return list.problems.map((p) => `${p.file} ${p.field}: ${p.message}`);
}

describe('validateKnowledge', () => {
  it('accepts complete facts with texts in every language', () => {
    expect(problems(raw())).toEqual([]);
  });

  it('names the file and field of a missing level or section reference', () => {
    const f = facts405() as unknown as { responseHeaders: Record<string, unknown>[] };
    delete f.responseHeaders[0]?.level;
    const g = facts405() as unknown as { retry: Record<string, unknown> };
    delete g.retry.ref;
    expect(problems(raw(f))).toEqual([
      expect.stringMatching(/^data\/knowledge\/facts\/405\.json responseHeaders\.0\.level:/),
    ]);
    expect(problems(raw(g))[0]).toMatch(/^data\/knowledge\/facts\/405\.json retry\.ref:/);
  });

  it('refuses a header the registry lacks, and one used in the wrong direction', () => {
    const f = facts405();
    f.responseHeaders.push({
      id: 'x',
      header: 'X-Custom',
      level: 'MAY',
      ref: { rfc: 1, section: '1' },
    });
    f.requestHeaders.push({ id: 'host', header: 'Allow', ref: { rfc: 9110, section: '10.2.1' } });
    expect(problems(raw(f))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('responseHeaders.1.header: header "X-Custom" is not in'),
        expect.stringContaining('requestHeaders.0.header: "Allow" is a response header'),
      ]),
    );
  });

  it('needs every text in every language, a condition text for each conditional fact, and no stray text', () => {
    const f = facts405();
    f.responseHeaders[0] = { ...f.responseHeaders[0]!, condition: true };
    const found = problems(
      raw(f, (lang) => (lang === 'zh-Hant' ? undefined : { ...texts(), wild: { gone: 'Text.' } })),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'data/knowledge/texts/zh-Hant/405.json (file): missing: every fact needs its texts in zh-Hant',
        'data/knowledge/texts/en/405.json conditions.allow: text missing',
        'data/knowledge/texts/en/405.json wild.gone: no fact "gone" needs this text',
      ]),
    );
  });

  it('refuses an example exchange that breaks the rules the facts state', () => {
    const f = facts405();
    f.responseHeaders.push({
      id: 'retry',
      header: 'Content-Length',
      level: 'MUST',
      ref: { rfc: 9110, section: '8.6' },
    });
    f.content.rule = 'none';
    f.methods = { typical: ['GET'], only: true, ref: { rfc: 9110, section: '15.5.6' } };
    expect(problems(raw(f))).toEqual([
      expect.stringContaining(
        "exchange: the example exchange breaks the code's own rules: method:DELETE",
      ),
      expect.stringContaining('exchange.request: DELETE is not among the typical methods'),
    ]);
  });

  it('refuses a variant phrase that another code owns, and an api without its software', () => {
    const f = facts405();
    f.wild.push(
      {
        id: 'go',
        software: 'Go',
        phrase: 'Request Entity Too Large',
        ref: { url: 'https://go.dev/' },
      },
      { id: 'bare', api: 'res.x()', ref: { url: 'https://example.com/' } },
    );
    const t = { ...texts(), wild: { go: 'Go.', bare: 'Bare.' } };
    expect(problems(raw(f, () => t))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('wild.0.phrase: "Request Entity Too Large" is a phrase of 413'),
        expect.stringContaining('wild.1.software: an api or a phrase needs the software'),
      ]),
    );
  });

  it('holds knowledge texts to the glossary', () => {
    const found = problems(
      raw(facts405(), (lang) => ({
        ...texts(),
        caching: lang === 'zh-Hant' ? '可以緩存。' : 'Cache.',
      })),
    );
    expect(found).toEqual([
      'data/knowledge/texts/zh-Hant/405.json caching: uses "緩存" for cache: write "快取"',
    ]);
  });
});
