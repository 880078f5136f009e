import { makeOptions } from '../quiz-options.ts';
import type { QuestionContext, QuestionOption } from './question.ts';

/** Four code options for `answer` (makeOptions: confusable, related, same class, any), as options. */
export function codeOptions(
  answer: number,
  ctx: QuestionContext,
  rng: () => number,
): { options: QuestionOption[]; answer: number } {
  const codes = makeOptions(
    answer,
    {
      codes: ctx.pool,
      confusable: ctx.confusable(answer),
      related: ctx.related(answer),
      ...(ctx.keyOf ? { keyOf: ctx.keyOf } : {}),
    },
    rng,
  );
  return { options: codes.map((code) => ({ type: 'code', code })), answer: codes.indexOf(answer) };
}
