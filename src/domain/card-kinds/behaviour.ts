import {
  CACHING_CLASSES,
  CONTENT_RULES,
  FETCH_OUTCOMES,
  isIdempotent,
  REDIRECT_RULES,
  RETRY_ADVICE,
  RETRY_OVERLAPS,
  type KnowledgeFacts,
  type Method,
  type RetryAdvice,
} from '../knowledge-model.ts';
import { codeAmongNear } from './code-options.ts';
import { drawTiers, withAnswer } from './draw.ts';
import type { EnumName, KindModule, KindQuestion, QuestionContext } from './question.ts';

type Asked = Exclude<EnumName, 'auto-retry'>;

/** The code's value of each enumeration it has, and the values a question may offer against it. */
function enumQuestion(
  facts: KnowledgeFacts,
  name: Asked,
): { right: string; wrong: readonly string[] } | undefined {
  switch (name) {
    case 'caching':
      return { right: facts.caching.class, wrong: CACHING_CLASSES };
    case 'content':
      return { right: facts.content.rule, wrong: CONTENT_RULES };
    case 'fetch':
      return { right: facts.fetch.outcome, wrong: FETCH_OUTCOMES };
    case 'redirect':
      return facts.fetch.redirect
        ? { right: facts.fetch.redirect, wrong: REDIRECT_RULES }
        : undefined;
    case 'retry': {
      const right = facts.retry.advice;
      // Advice that is partly right too is never offered against it (RETRY_OVERLAPS).
      const overlapping = new Set<RetryAdvice>(
        RETRY_OVERLAPS.filter((g) => g.includes(right)).flat(),
      );
      return { right, wrong: RETRY_ADVICE.filter((a) => !overlapping.has(a)) };
    }
  }
}

const ASKED: readonly Asked[] = ['fetch', 'redirect', 'caching', 'content', 'retry'];
/** Requests a client might repeat after a 502/503/504: idempotent ones may be, the others not. */
const RETRY_METHODS: readonly Method[] = ['GET', 'PUT', 'DELETE', 'POST', 'PATCH'];

type Build = () => KindQuestion | undefined;

function builds(facts: KnowledgeFacts, ctx: QuestionContext, rng: () => number): Build[] {
  const code = facts.code;
  const out: Build[] = ASKED.map((name) => () => {
    const values = enumQuestion(facts, name);
    if (!values) return undefined;
    const wrong = drawTiers([values.wrong.filter((v) => v !== values.right)], 3, rng);
    if (wrong.length < 1) return undefined;
    return {
      kind: 'behaviour',
      code,
      prompt: { form: 'behaviour', code, name },
      ...withAnswer(
        { type: 'enum', name, value: values.right },
        wrong.map((value) => ({ type: 'enum', name, value })),
        rng,
      ),
      typed: false,
    };
  });
  if (facts.retry.advice === 'backoff-idempotent')
    out.push(() => {
      const method = RETRY_METHODS[Math.floor(rng() * RETRY_METHODS.length)] ?? 'POST';
      const right = isIdempotent(method) ? 'yes' : 'no';
      return {
        kind: 'behaviour',
        code,
        prompt: { form: 'behaviour-retry-method', code, method },
        options: [
          { type: 'enum', name: 'auto-retry', value: 'yes' },
          { type: 'enum', name: 'auto-retry', value: 'no' },
        ],
        answer: right === 'yes' ? 0 : 1,
        typed: false,
      };
    });
  for (const w of facts.wild)
    if (w.api !== undefined && w.software !== undefined) {
      const { api, software } = w;
      out.push(() => {
        // The data lets each call send one code only (checked at build), so any other is wrong.
        const options = codeAmongNear(code, ctx, rng);
        if (!options) return undefined;
        return {
          kind: 'behaviour',
          code,
          prompt: { form: 'behaviour-default', code, software, api },
          ...options,
          typed: true,
        };
      });
    }
  return out;
}

/**
 * Behaviour: what fetch() does with the response, how it changes the method of a followed redirect,
 * whether a cache may store it without explicit freshness, whether it has content, what a client
 * should do next, whether a client may repeat a given method after it, or which code a framework call
 * sends. The options are distinct values of one enumeration, the code's own value among them.
 */
export const behaviour: KindModule = {
  available: (code, kb) => kb.facts.has(code),
  question: (card, ctx, rng) => {
    const facts = ctx.knowledge?.facts.get(card.code);
    if (!facts) return undefined;
    const list = builds(facts, ctx, rng);
    for (const i of drawTiers([list.map((_, k) => k)], list.length, rng)) {
      const question = list[i]?.();
      if (question) return question;
    }
    return undefined;
  },
};
