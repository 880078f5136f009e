import type { Level } from './knowledge-model.ts';

/**
 * A rule a response of a code can break, as the "spot the defect" cards state it: a required header
 * missing, content where the code has none, a method the code never answers, or a Content-Length
 * that does not match the content. Each is checked against the code's facts, never against a text.
 */
export type WireRule =
  | { type: 'missing'; header: string; level: Level }
  | { type: 'content' }
  | { type: 'method'; method: string }
  | { type: 'length' };

/** A stable key of a rule (two rules with the same key are the same rule). */
export function ruleKey(rule: WireRule): string {
  switch (rule.type) {
    case 'missing':
      return `missing:${rule.header.toLowerCase()}`;
    case 'method':
      return `method:${rule.method}`;
    default:
      return rule.type;
  }
}
