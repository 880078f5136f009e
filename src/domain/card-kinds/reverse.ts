import { codeOptions } from './code-options.ts';
import type { KindModule } from './question.ts';

/** Reverse: the name is shown; which code has it? Four code options, or the code typed. */
export const reverse: KindModule = {
  question: (card, ctx, rng) => ({
    kind: 'reverse',
    code: card.code,
    prompt: { form: 'reverse', code: card.code },
    ...codeOptions(card.code, ctx, rng),
    typed: true,
  }),
};
