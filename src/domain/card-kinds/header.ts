import type { KnowledgeFacts, ResponseHeaderFact } from '../knowledge-model.ts';
import { drawTiers, withAnswer } from './draw.ts';
import type { KindModule, KnowledgeBase, QuestionContext, QuestionOption } from './question.ts';

/** The facts a header question may ask about: MUST and SHOULD only (issue 15). */
function askable(facts: KnowledgeFacts): ResponseHeaderFact[] {
  return facts.responseHeaders.filter((f) => f.level !== 'MAY');
}

/** Facts asked as "which header MUST a 405 carry?": a header requirements in general do not cover. */
function forwardFacts(facts: KnowledgeFacts, kb: KnowledgeBase): ResponseHeaderFact[] {
  return askable(facts).filter((f) => !kb.headers.get(f.header.toLowerCase())?.general);
}

const lists = (facts: KnowledgeFacts | undefined, header: string) =>
  facts?.responseHeaders.some((f) => f.header.toLowerCase() === header.toLowerCase()) ?? false;

/**
 * Wrong headers for "which header MUST `code` carry?": response headers of the registry that the
 * code lists at no level (the facts list every MUST and SHOULD: KNOWLEDGE-FORMAT.md) and that no
 * general requirement covers; those that confusable codes require come first (the tempting ones).
 */
function wrongHeaders(
  facts: KnowledgeFacts,
  ctx: QuestionContext,
  kb: KnowledgeBase,
  rng: () => number,
): string[] {
  const eligible = (name: string) => {
    const entry = kb.headers.get(name.toLowerCase());
    return (
      entry !== undefined && !entry.general && entry.direction !== 'request' && !lists(facts, name)
    );
  };
  const tempting = ctx
    .confusable(facts.code)
    .flatMap((c) => askable(kb.facts.get(c) ?? emptyFacts(c)).map((f) => f.header))
    .filter(eligible);
  const rest = [...kb.headers.values()].map((h) => h.name).filter(eligible);
  return drawTiers([tempting, rest], 3, rng);
}

function emptyFacts(code: number): KnowledgeFacts {
  return { code, responseHeaders: [] } as unknown as KnowledgeFacts;
}

/**
 * Codes for "which code MUST carry `header`?": codes with knowledge in the pool that list the header
 * at no level (so none of them is required to send it), confusable codes first.
 */
function wrongCodes(
  code: number,
  header: string,
  ctx: QuestionContext,
  kb: KnowledgeBase,
  rng: () => number,
): number[] {
  const pool = new Set(ctx.pool);
  const eligible = (c: number) =>
    c !== code && pool.has(c) && kb.facts.has(c) && !lists(kb.facts.get(c), header);
  const known = [...kb.facts.keys()];
  return drawTiers(
    [
      ctx.confusable(code).filter(eligible),
      ctx.related(code).filter(eligible),
      known.filter(eligible),
    ],
    3,
    rng,
  );
}

/**
 * Header: "Which header MUST a 405 response carry?" (options: headers) or "Which status code MUST
 * send `Allow: GET, HEAD`?" (options: codes), from one MUST or SHOULD fact of the code, with its
 * condition when it has one. Exactly one option is right: the wrong headers are ones the code does
 * not list at all, the wrong codes ones that do not list the header.
 */
export const header: KindModule = {
  available: (code, kb) => {
    const facts = kb.facts.get(code);
    return facts !== undefined && forwardFacts(facts, kb).length > 0;
  },
  question: (card, ctx, rng) => {
    const kb = ctx.knowledge;
    const facts = kb?.facts.get(card.code);
    if (!kb || !facts) return undefined;
    type Variant = { fact: ResponseHeaderFact; reverse: boolean; wrong: QuestionOption[] };
    const variants: Variant[] = [];
    for (const fact of askable(facts)) {
      if (forwardFacts(facts, kb).includes(fact))
        variants.push({ fact, reverse: false, wrong: [] });
      if (fact.value !== undefined) variants.push({ fact, reverse: true, wrong: [] });
    }
    if (variants.length === 0) return undefined;
    const order = drawTiers([variants.map((_, i) => i)], variants.length, rng);
    for (const i of order) {
      const { fact, reverse } = variants[i] as Variant;
      const base = {
        code: card.code,
        header: fact.header,
        level: fact.level,
        factId: fact.id,
        condition: fact.condition === true,
      };
      if (!reverse) {
        const wrong = wrongHeaders(facts, ctx, kb, rng);
        if (wrong.length < 2) continue;
        return {
          kind: 'header',
          code: card.code,
          prompt: { form: 'header-must', ...base },
          ...withAnswer(
            { type: 'header', header: fact.header },
            wrong.map((h) => ({ type: 'header', header: h })),
            rng,
          ),
          typed: false,
        };
      }
      const wrong = wrongCodes(card.code, fact.header, ctx, kb, rng);
      if (wrong.length < 2) continue;
      return {
        kind: 'header',
        code: card.code,
        prompt: { form: 'header-which-code', ...base, value: fact.value ?? '' },
        ...withAnswer(
          { type: 'code', code: card.code },
          wrong.map((c) => ({ type: 'code', code: c })),
          rng,
        ),
        typed: true,
      };
    }
    return undefined;
  },
};
