import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import setsJson from '../../../data/confusion-sets.json';
import { shippedKnowledge } from '../../../tests/knowledge-base';
import { confusablesOf } from '../confusables';
import { confusablePairs } from '../confusion-sets';
import { CODES, findCode } from '../dataset';
import { parseMessage, responseStatus } from '../http-exchange';
import { RETRY_OVERLAPS, type KnowledgeFacts } from '../knowledge-model';
import { brokenRules, ruleKey } from '../knowledge-rules';
import { createRng } from '../rng';
import { behaviour } from './behaviour';
import { duel } from './duel';
import { header } from './header';
import {
  answerKey,
  optionKey,
  type KindModule,
  type KindQuestion,
  type QuestionContext,
} from './question';
import type { CardKind } from './registry';
import { exampleExchange, HIDDEN_STATUS_LINE, wire } from './wire';

const kb = shippedKnowledge();
const pool = CODES.filter((c) => c.status !== 'unofficial').map((c) => c.code);
const ctx: QuestionContext = {
  pool,
  confusable: confusablesOf,
  related: (code) => findCode(code)?.related ?? [],
  knowledge: kb,
};
const withKnowledge = [...kb.facts.keys()].sort((a, b) => a - b);
const MODULES: [CardKind, KindModule][] = [
  ['header', header],
  ['wire', wire],
  ['behaviour', behaviour],
];
const factsOf = (code: number) => kb.facts.get(code) as KnowledgeFacts;
const lists = (code: number, name: string) =>
  kb.facts.get(code)?.responseHeaders.some((f) => f.header === name) ?? false;

/**
 * Whether an option is right, decided from the facts (not from the generator's answer index): the
 * check every generated question must pass with exactly one option.
 */
function holds(q: KindQuestion, index: number): boolean {
  const p = q.prompt;
  const o = q.options[index];
  if (!o) return false;
  const facts = factsOf(q.code);
  switch (p.form) {
    case 'header-must':
      return (
        o.type === 'header' &&
        facts.responseHeaders.some((f) => f.header === o.header && f.level === p.level)
      );
    case 'header-which-code':
      return (
        o.type === 'code' &&
        (kb.facts
          .get(o.code)
          ?.responseHeaders.some((f) => f.header === p.header && f.level !== 'MAY') ??
          false)
      );
    case 'wire-status': {
      // The shown exchange is the code's example: a code fits it when it breaks none of its rules.
      const exchange = exampleExchange(q.code, kb);
      if (o.type !== 'code' || !exchange) return false;
      const other = kb.facts.get(o.code);
      return o.code === q.code
        ? brokenRules(exchange, facts, true).length === 0
        : other !== undefined && brokenRules(exchange, other, false).length === 0;
    }
    case 'wire-defect': {
      const exchange = { request: parseMessage(p.request), response: parseMessage(p.response) };
      const broken = brokenRules(exchange, facts, true).map(ruleKey);
      return o.type === 'rule' && broken.includes(ruleKey(o.rule));
    }
    case 'wire-phrase':
      return (
        o.type === 'code' &&
        (kb.facts.get(o.code)?.wild.some((w) => w.phrase === p.phrase) ?? false)
      );
    case 'behaviour': {
      if (o.type !== 'enum') return false;
      const value = {
        caching: facts.caching.class,
        content: facts.content.rule,
        retry: facts.retry.advice,
        fetch: facts.fetch.outcome,
        redirect: facts.fetch.redirect,
      }[p.name];
      return o.value === value;
    }
    case 'behaviour-retry-method':
      return (
        o.type === 'enum' &&
        o.value ===
          (['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE'].includes(p.method) ? 'yes' : 'no')
      );
    case 'behaviour-default':
      return (
        o.type === 'code' &&
        (kb.facts.get(o.code)?.wild.some((w) => w.api === p.api && w.software === p.software) ??
          false)
      );
    case 'duel':
      return o.type === 'code' && o.code === p.code;
    default:
      return false;
  }
}

function expectOneRight(q: KindQuestion) {
  const keys = q.options.map(optionKey);
  expect(new Set(keys).size, `distinct options: ${keys.join(' | ')}`).toBe(keys.length);
  expect(q.options.length).toBeGreaterThanOrEqual(2);
  expect(q.options.length).toBeLessThanOrEqual(4);
  const right = q.options.map((_, i) => i).filter((i) => holds(q, i));
  expect(right, `${q.prompt.form} of ${q.code}: ${keys.join(' | ')}`).toEqual([q.answer]);
}

describe('generated questions (the six worked examples and any other code with knowledge)', () => {
  it('has a header, wire and behaviour card for each worked example the facts allow', () => {
    const has = (m: KindModule, code: number) => m.available?.(code, kb, pool) ?? false;
    for (const code of [206, 301, 304, 401, 405]) expect(has(header, code), `${code}`).toBe(true);
    expect(has(header, 503)).toBe(false); // its only header fact is a MAY
    for (const code of [206, 301, 304, 401, 405, 503]) {
      expect(has(wire, code), `${code}`).toBe(true);
      expect(has(behaviour, code), `${code}`).toBe(true);
    }
    // A code without knowledge (420, unofficial, is one) simply has none.
    expect(kb.facts.has(420)).toBe(false);
    expect(has(header, 420) || has(wire, 420) || has(behaviour, 420)).toBe(false);
    expect(header.question({ code: 420 }, ctx, createRng(1))).toBeUndefined();
  });

  it('every question has exactly one right answer among distinct options (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.constantFrom(...withKnowledge),
        (seed, code) => {
          for (const [, module] of MODULES) {
            if (!module.available?.(code, kb, pool)) continue;
            const q = module.question({ code }, ctx, createRng(seed));
            expect(q).toBeDefined();
            if (q) expectOneRight(q);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("every duel offers its two codes, the situation's own code right (property)", () => {
    const pairs = confusablePairs(setsJson);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.constantFrom(...pairs), (seed, pair) => {
        const q = duel.question({ code: pair[0], pair }, ctx, createRng(seed));
        expect(q?.options.map(optionKey)).toEqual(pair.map(String));
        if (q) expectOneRight(q);
      }),
    );
  });

  it('every defect breaks exactly one stated rule, and the claims offered against it hold for none', () => {
    let seen = 0;
    for (const code of withKnowledge)
      for (let seed = 0; seed < 200; seed++) {
        const q = wire.question({ code }, ctx, createRng(seed));
        if (q?.prompt.form !== 'wire-defect') continue;
        seen++;
        const p = q.prompt;
        const exchange = { request: parseMessage(p.request), response: parseMessage(p.response) };
        const broken = brokenRules(exchange, factsOf(code), true);
        expect(broken, `${code}`).toHaveLength(1);
        expect(answerKey(q)).toBe(`r:${ruleKey(broken[0]!)}`);
        for (const o of q.options)
          if (o.type === 'rule' && optionKey(o) !== answerKey(q))
            expect(broken.map(ruleKey)).not.toContain(ruleKey(o.rule));
      }
    expect(seen).toBeGreaterThan(50);
  });

  it('asks the defects of issue 15: 405 without Allow, 401 without a challenge, 206 without Content-Range, 301 without Location, 304 with a body', () => {
    const defects = new Map<number, Set<string>>();
    for (const code of withKnowledge)
      for (let seed = 0; seed < 300; seed++) {
        const q = wire.question({ code }, ctx, createRng(seed));
        if (q?.prompt.form === 'wire-defect') {
          const set = defects.get(code) ?? new Set();
          set.add(answerKey(q));
          defects.set(code, set);
        }
      }
    expect(defects.get(405)).toContain('r:missing:allow');
    expect(defects.get(401)).toContain('r:missing:www-authenticate');
    expect(defects.get(206)).toContain('r:missing:content-range');
    expect(defects.get(301)).toContain('r:missing:location');
    expect([...(defects.get(304) ?? [])]).toEqual(
      expect.arrayContaining(['r:content', 'r:method:POST', 'r:missing:etag']),
    );
  });

  it('hides the status of a "what is the status?" exchange and shows it in a defect', () => {
    for (let seed = 0; seed < 100; seed++) {
      const q = wire.question({ code: 405 }, ctx, createRng(seed));
      if (q?.prompt.form === 'wire-status')
        expect(q.prompt.response.split('\n')[0]).toBe(HIDDEN_STATUS_LINE);
      if (q?.prompt.form === 'wire-defect')
        expect(responseStatus(parseMessage(q.prompt.response))).toBe(405);
    }
  });

  it('never offers retry advice that overlaps the right one', () => {
    for (const code of withKnowledge)
      for (let seed = 0; seed < 200; seed++) {
        const q = behaviour.question({ code }, ctx, createRng(seed));
        if (q?.prompt.form !== 'behaviour' || q.prompt.name !== 'retry') continue;
        const right = factsOf(code).retry.advice;
        const group = RETRY_OVERLAPS.find((g) => g.includes(right)) ?? [right];
        const offered = q.options.flatMap((o) => (o.type === 'enum' ? [o.value] : []));
        expect(offered.filter((v) => (group as readonly string[]).includes(v))).toEqual([right]);
      }
  });

  it("names only headers of the registry, the right one among the code's facts", () => {
    for (const code of withKnowledge)
      for (let seed = 0; seed < 100; seed++) {
        const q = header.question({ code }, ctx, createRng(seed));
        if (!q) continue;
        for (const o of q.options)
          if (o.type === 'header')
            expect(kb.headers.has(o.header.toLowerCase()), o.header).toBe(true);
        const p = q.prompt;
        if (p.form === 'header-must' || p.form === 'header-which-code')
          expect(lists(code, p.header)).toBe(true);
      }
  });

  it('is deterministic for a seed', () => {
    for (const [, module] of MODULES)
      for (const code of withKnowledge) {
        const a = module.question({ code }, ctx, createRng(42));
        expect(module.question({ code }, ctx, createRng(42))).toEqual(a);
      }
    const pair = [502, 504] as const;
    expect(duel.question({ code: 502, pair }, ctx, createRng(7))).toEqual(
      duel.question({ code: 502, pair }, ctx, createRng(7)),
    );
  });
});
