import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CodeFacts, GlossaryConcept } from '../../src/domain/dataset-schema';
import { formatProblems, validateDataset } from '../../src/domain/dataset-validate';
import { glossaryHits } from '../../src/domain/glossary';
import { parseMessage } from '../../src/domain/http-exchange';
import type { KnowledgeFacts, KnowledgeTexts } from '../../src/domain/knowledge-model';
import { brokenRules } from '../../src/domain/knowledge-rules';
import { knowledgeTextFields } from '../../src/domain/knowledge-text-fields';
import { LANGUAGES, type Language } from '../../src/domain/language';
import { readKnowledge } from '../../src/state/build/knowledge-files';
import { scriptViolations } from './script-purity';

const root = new URL(`file://${resolve(process.cwd())}/`);
const read = (path: string): unknown =>
  JSON.parse(readFileSync(resolve(process.cwd(), path), 'utf8'));
const codes = read('data/codes.json') as CodeFacts[];
const glossary = read('data/glossary.json') as GlossaryConcept[];
const knowledge = readKnowledge(root);
const facts = Object.values(knowledge.facts) as KnowledgeFacts[];
const texts = (lang: Language) => knowledge.texts[lang] as Record<string, KnowledgeTexts>;
const dataset = () => ({
  codes,
  locales: Object.fromEntries(LANGUAGES.map((l) => [l, read(`data/locales/${l}.json`)])) as Record<
    Language,
    unknown
  >,
  confusionSets: read('data/confusion-sets.json'),
  glossary,
  introductionOrder: read('data/introduction-order.json'),
});

// The six codes filled as worked examples (KNOWLEDGE-FORMAT.md); other codes arrive from other
// branches, so these tests hold for whatever else is there but name no other code.
const EXAMPLES = [206, 301, 304, 401, 405, 503];

describe('the knowledge in data/knowledge/', () => {
  it('passes the schema and every cross-file rule with the rest of the dataset', () => {
    expect(formatProblems(validateDataset({ ...dataset(), knowledge }))).toBe('');
  });

  it('holds the six worked examples, each with its texts in every language', () => {
    const present = new Set(facts.map((f) => f.code));
    for (const code of EXAMPLES) {
      expect(present.has(code), `${code}`).toBe(true);
      for (const lang of LANGUAGES)
        expect(texts(lang)[String(code)], `${lang} ${code}`).toBeDefined();
    }
  });

  it('states the header facts with their levels as RFC 9110 gives them', () => {
    const level = (code: number, header: string) =>
      facts.find((f) => f.code === code)?.responseHeaders.find((h) => h.header === header)?.level;
    expect(level(405, 'Allow')).toBe('MUST');
    expect(level(401, 'WWW-Authenticate')).toBe('MUST');
    expect(level(206, 'Content-Range')).toBe('MUST');
    expect(level(301, 'Location')).toBe('SHOULD');
    expect(level(503, 'Retry-After')).toBe('MAY');
    for (const header of ['Cache-Control', 'Content-Location', 'Date', 'ETag', 'Expires', 'Vary'])
      expect(level(304, header), header).toBe('MUST');
  });

  it('lets each example exchange follow its own rules, and catches one with a rule broken', () => {
    for (const f of facts) {
      const example = codes.find((c) => c.code === f.code)?.example;
      if (!f.exchange || !example) continue;
      const exchange = {
        request: parseMessage(f.exchange.request),
        response: parseMessage(example),
      };
      expect(brokenRules(exchange, f, true), `${f.code}`).toEqual([]);
    }
    const allow = facts.find((f) => f.code === 405) as KnowledgeFacts;
    const response = parseMessage('HTTP/1.1 405 Method Not Allowed\nContent-Length: 0');
    const request = parseMessage('DELETE /a HTTP/1.1\nHost: example.com');
    expect(brokenRules({ request, response }, allow, true)).toEqual([
      { type: 'missing', header: 'Allow', level: 'MUST' },
    ]);
  });

  it('writes zh-Hans in Simplified and zh-Hant in Traditional characters only', () => {
    expect(scriptViolations(knowledge.texts['zh-Hans'], 'zh-Hans')).toEqual([]);
    expect(scriptViolations(knowledge.texts['zh-Hant'], 'zh-Hant')).toEqual([]);
  });

  it('uses one glossary term per concept in every Chinese knowledge text', () => {
    for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
      const slips = Object.entries(texts(lang)).flatMap(([code, t]) =>
        knowledgeTextFields(t).flatMap(({ field, text }) =>
          glossaryHits(text, lang, glossary).map((h) => `${code} ${field}: ${h.found} → ${h.term}`),
        ),
      );
      expect(slips, lang).toEqual([]);
    }
  });

  it('links every fact to an RFC section, a Fetch anchor or an https page', () => {
    for (const f of facts) {
      const refs = [
        ...f.responseHeaders.map((h) => h.ref),
        ...f.requestHeaders.map((h) => h.ref),
        f.methods.ref,
        f.caching.ref,
        ...f.caching.traps.map((t) => t.ref),
        f.content.ref,
        f.retry.ref,
        f.fetch.ref,
        ...f.fetch.notes.map((n) => n.ref),
        ...f.wild.map((w) => w.ref),
      ];
      for (const ref of refs)
        expect(
          'rfc' in ref || 'fetch' in ref || ('url' in ref && ref.url.startsWith('https://')),
        ).toBe(true);
    }
  });
});
