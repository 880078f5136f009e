import { codeOptions } from './code-options.ts';
import type { KindModule } from './question.ts';

/** Scenario: a situation is shown (one of the code's, by `variant`); which code fits it? */
export const scenario: KindModule = {
  question: (card, ctx, rng) => {
    // Drawn first, as the session always did, so one seed shows the same scenario and options.
    const variant = Math.floor(rng() * 1_000_000);
    return {
      kind: 'scenario',
      code: card.code,
      prompt: { form: 'scenario', code: card.code, variant },
      ...codeOptions(card.code, ctx, rng),
      typed: true,
    };
  },
};
