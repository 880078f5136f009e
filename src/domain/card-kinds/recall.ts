import type { KindModule } from './question.ts';

/** Recall: the code is shown, the learner recalls its meaning, reveals and grades himself. */
export const recall: KindModule = {
  question: (card) => ({
    kind: 'recall',
    code: card.code,
    prompt: { form: 'recall', code: card.code },
    options: [],
    answer: -1,
    typed: false,
  }),
};
