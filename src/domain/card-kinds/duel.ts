import type { KindModule } from './question.ts';

/**
 * Duel: two codes of a confusion set side by side and a situation that fits one of them ("which
 * one?"). The options are the pair, in code order; the situation is one of the answer's own scenarios
 * (by `variant`, per language), so exactly one of the two is right.
 */
export const duel: KindModule = {
  question: (card, _ctx, rng) => {
    const pair = card.pair;
    if (!pair) return undefined;
    const variant = Math.floor(rng() * 1_000_000);
    const answer = rng() < 0.5 ? 0 : 1;
    const code = pair[answer] as number;
    return {
      kind: 'duel',
      code,
      prompt: { form: 'duel', code, pair, variant },
      options: pair.map((c) => ({ type: 'code', code: c })),
      answer,
      typed: true,
    };
  },
};
