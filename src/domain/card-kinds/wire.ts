import {
  byteLength,
  formatMessage,
  headerValue,
  requestMethod,
  type HttpExchange,
  type HttpMessage,
} from '../http-exchange.ts';
import { exampleExchange, HIDDEN_STATUS_LINE } from './wire-exchange.ts';

export { exampleExchange, HIDDEN_STATUS_LINE } from './wire-exchange.ts';
import { METHODS, type KnowledgeFacts } from '../knowledge-model.ts';
import {
  breaks,
  brokenRules,
  requiredHeaders,
  ruleKey,
  type WireRule,
} from '../knowledge-rules.ts';
import { codeAmongNear } from './code-options.ts';
import { drawTiers, withAnswer } from './draw.ts';
import type { KindModule, KindQuestion, KnowledgeBase, QuestionContext } from './question.ts';

/**
 * Codes the exchange cannot be a response of: codes with knowledge in the pool whose own rules
 * (unconditional ones: the exchange is not their example) it breaks.
 */
function excludedCodes(
  code: number,
  exchange: HttpExchange,
  ctx: QuestionContext,
  kb: KnowledgeBase,
) {
  return ctx.pool.filter((c) => {
    const facts = kb.facts.get(c);
    return c !== code && facts !== undefined && brokenRules(exchange, facts, false).length > 0;
  });
}

/** One change to the example exchange that breaks exactly one of the code's rules. */
interface Defect {
  exchange: HttpExchange;
  rule: WireRule;
}

const withoutHeader = (message: HttpMessage, name: string): HttpMessage => ({
  ...message,
  headers: message.headers.filter((h) => h.name.toLowerCase() !== name.toLowerCase()),
});

/** Content added to a response that has none, with the Content-Length that matches it. */
function withBody(message: HttpMessage): HttpMessage {
  const body = 'Nothing has changed.';
  const headers = message.headers.filter((h) => !/^content-(length|type)$/i.test(h.name));
  return {
    ...message,
    headers: [
      ...headers,
      { name: 'Content-Type', value: 'text/plain' },
      { name: 'Content-Length', value: String(byteLength(body)) },
    ],
    body,
  };
}

/**
 * The defects of a code's example exchange: a required header taken away, content added where the
 * code has none, or the request's method changed to one the code never answers. Each is kept only if
 * the result breaks that one rule and no other (checked, not assumed).
 */
export function defectsOf(facts: KnowledgeFacts, exchange: HttpExchange): Defect[] {
  const candidates: Defect[] = [];
  for (const f of requiredHeaders(facts, true))
    if (headerValue(exchange.response, f.header) !== undefined)
      candidates.push({
        exchange: { ...exchange, response: withoutHeader(exchange.response, f.header) },
        rule: { type: 'missing', header: f.header, level: f.level },
      });
  if (facts.content.rule !== 'allowed' && exchange.response.body === '')
    candidates.push({
      exchange: { ...exchange, response: withBody(exchange.response) },
      rule: { type: 'content' },
    });
  if (facts.methods.only) {
    const method = METHODS.find((m) => m !== 'HEAD' && !facts.methods.typical.includes(m));
    if (method) {
      const [, target = '/', version = 'HTTP/1.1'] = exchange.request.startLine.split(' ');
      candidates.push({
        exchange: {
          ...exchange,
          request: { ...exchange.request, startLine: `${method} ${target} ${version}` },
        },
        rule: { type: 'method', method },
      });
    }
  }
  return candidates.filter((d) => {
    const broken = brokenRules(d.exchange, facts, true);
    return broken.length === 1 && ruleKey(broken[0] as WireRule) === ruleKey(d.rule);
  });
}

/**
 * Claims that do not hold for the exchange, as wrong answers to "what is wrong?": a required header
 * that is present after all, a header the code does not require, content or a method the code
 * allows, a Content-Length that matches. Each is checked against the facts.
 */
function falseClaims(
  facts: KnowledgeFacts,
  exchange: HttpExchange,
  kb: KnowledgeBase,
  rng: () => number,
): WireRule[] {
  const present = requiredHeaders(facts, true)
    .filter((f) => headerValue(exchange.response, f.header) !== undefined)
    .map((f): WireRule => ({ type: 'missing', header: f.header, level: f.level }));
  const general: WireRule[] = [
    { type: 'content' },
    { type: 'length' },
    { type: 'method', method: requestMethod(exchange.request) },
  ];
  const other = [...kb.headers.values()]
    .filter(
      (h) =>
        !h.general &&
        h.direction !== 'request' &&
        !facts.responseHeaders.some((f) => f.header === h.name),
    )
    .map((h): WireRule => ({ type: 'missing', header: h.name, level: 'MUST' }));
  const holds = (rule: WireRule) => breaks(rule, exchange, facts, true);
  return drawTiers(
    [present, general, other].map((tier) => tier.filter((r) => !holds(r))),
    3,
    rng,
    ruleKey,
  );
}

/** The exchange as the card shows it: request, then response, status hidden when it is asked. */
function shown(exchange: HttpExchange, hideStatus: boolean) {
  return {
    request: formatMessage(exchange.request),
    response: formatMessage(
      hideStatus ? { ...exchange.response, startLine: HIDDEN_STATUS_LINE } : exchange.response,
    ),
  };
}

type Build = () => KindQuestion | undefined;

/** The variants a code's wire card can ask, each a builder (undefined when it cannot be asked). */
function variants(
  code: number,
  ctx: QuestionContext,
  kb: KnowledgeBase,
  rng: () => number,
): Build[] {
  const facts = kb.facts.get(code);
  if (!facts) return [];
  const exchange = exampleExchange(code, kb);
  const builds: Build[] = [];
  if (exchange) {
    builds.push(() => {
      const excluded = excludedCodes(code, exchange, ctx, kb);
      const wrong = drawTiers(
        [ctx.confusable(code).filter((c) => excluded.includes(c)), excluded],
        3,
        rng,
      );
      if (wrong.length < 2) return undefined;
      return {
        kind: 'wire',
        code,
        prompt: { form: 'wire-status', code, ...shown(exchange, true) },
        ...withAnswer(
          { type: 'code', code },
          wrong.map((c) => ({ type: 'code', code: c })),
          rng,
        ),
        typed: true,
      };
    });
    for (const defect of defectsOf(facts, exchange))
      builds.push(() => {
        const wrong = falseClaims(facts, defect.exchange, kb, rng);
        if (wrong.length < 2) return undefined;
        return {
          kind: 'wire',
          code,
          prompt: { form: 'wire-defect', code, ...shown(defect.exchange, false) },
          ...withAnswer(
            { type: 'rule', rule: defect.rule, code },
            wrong.map((rule) => ({ type: 'rule', rule, code })),
            rng,
          ),
          typed: false,
        };
      });
  }
  for (const w of facts.wild)
    if (w.phrase !== undefined && w.software !== undefined) {
      const { phrase, software } = w;
      builds.push(() => {
        const options = codeAmongNear(code, ctx, rng);
        if (!options) return undefined;
        return {
          kind: 'wire',
          code,
          prompt: { form: 'wire-phrase', code, software, phrase },
          ...options,
          typed: true,
        };
      });
    }
  return builds;
}

/**
 * Wire: the code's example exchange with the status hidden ("what is the status?"; the wrong codes
 * are ones whose stated rules the exchange breaks), the same exchange with one rule broken ("what is
 * wrong?"; exactly one claim holds), or a reason phrase some software prints ("which code?").
 */
export const wire: KindModule = {
  available: (code, kb, pool) =>
    variants(
      code,
      { pool, confusable: () => [], related: () => [], knowledge: kb },
      kb,
      () => 0,
    ).some((build) => build() !== undefined),
  question: (card, ctx, rng) => {
    const kb = ctx.knowledge;
    if (!kb) return undefined;
    const builds = variants(card.code, ctx, kb, rng);
    for (const i of drawTiers([builds.map((_, k) => k)], builds.length, rng)) {
      const question = builds[i]?.();
      if (question) return question;
    }
    return undefined;
  },
};
