import { parseMessage, type HttpExchange } from '../http-exchange.ts';
import type { KnowledgeBase } from './question.ts';

// Apart from the wire generator so that the wire renderer (its own chunk) shares only this with it.

/** The status line shown when the status is what is asked. */
export const HIDDEN_STATUS_LINE = 'HTTP/1.1 ??? ???';

/** A code's example exchange (its request and codes.json's example), when it has one. */
export function exampleExchange(code: number, kb: KnowledgeBase): HttpExchange | undefined {
  const facts = kb.facts.get(code);
  const example = kb.examples.get(code);
  if (!facts?.exchange || !example?.startsWith('HTTP/1.1 ')) return undefined;
  return { request: parseMessage(facts.exchange.request), response: parseMessage(example) };
}
