import { byteLength, headerValue, requestMethod, type HttpExchange } from './http-exchange.ts';
import type { KnowledgeFacts, Method, ResponseHeaderFact } from './knowledge-model.ts';
import { ruleKey, type WireRule } from './wire-rule.ts';

export { ruleKey, type WireRule } from './wire-rule.ts';

/**
 * The response header facts a response of the code must satisfy: MUST and SHOULD facts without a
 * condition, and, in the code's own example exchange, the conditional ones it meets (`inExample`).
 */
export function requiredHeaders(facts: KnowledgeFacts, ownExample: boolean): ResponseHeaderFact[] {
  return facts.responseHeaders.filter(
    (f) => f.level !== 'MAY' && (!f.condition || (ownExample && f.inExample === true)),
  );
}

/**
 * Every rule of `facts` that the exchange breaks, as a response of `facts.code` (empty when it
 * follows them all). `ownExample`: the exchange is (made from) the code's example, so conditional
 * facts marked `inExample` count as well.
 */
export function brokenRules(
  exchange: HttpExchange,
  facts: KnowledgeFacts,
  ownExample: boolean,
): WireRule[] {
  const { request, response } = exchange;
  const broken: WireRule[] = [];
  const seen = new Set<string>();
  for (const f of requiredHeaders(facts, ownExample)) {
    if (headerValue(response, f.header) !== undefined || seen.has(f.header.toLowerCase())) continue;
    seen.add(f.header.toLowerCase());
    broken.push({ type: 'missing', header: f.header, level: f.level });
  }
  if (facts.content.rule !== 'allowed' && response.body.length > 0)
    broken.push({ type: 'content' });
  const method = requestMethod(request);
  if (facts.methods.only && !facts.methods.typical.includes(method as Method))
    broken.push({ type: 'method', method });
  const length = headerValue(response, 'Content-Length');
  if (length !== undefined && Number(length) !== byteLength(response.body))
    broken.push({ type: 'length' });
  return broken;
}

/** True when the exchange breaks this rule of `facts` (a claim of a "spot the defect" option holds). */
export function breaks(
  rule: WireRule,
  exchange: HttpExchange,
  facts: KnowledgeFacts,
  ownExample: boolean,
): boolean {
  const key = ruleKey(rule);
  return brokenRules(exchange, facts, ownExample).some((r) => ruleKey(r) === key);
}
