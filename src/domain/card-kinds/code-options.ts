import { makeOptions } from '../quiz-options.ts';
import { drawTiers, withAnswer } from './draw.ts';
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

/**
 * `code` among up to three other codes of the pool (its confusable codes first, then its related
 * ones, then its class), for a question whose stated facts let only `code` be right; undefined when
 * fewer than two others exist.
 */
export function codeAmongNear(
  code: number,
  ctx: QuestionContext,
  rng: () => number,
): { options: QuestionOption[]; answer: number } | undefined {
  const pool = new Set(ctx.pool);
  const ok = (c: number) => c !== code && pool.has(c);
  const wrong = drawTiers(
    [
      ctx.confusable(code).filter(ok),
      ctx.related(code).filter(ok),
      ctx.pool.filter((c) => ok(c) && Math.floor(c / 100) === Math.floor(code / 100)),
    ],
    3,
    rng,
  );
  if (wrong.length < 2) return undefined;
  return withAnswer(
    { type: 'code', code },
    wrong.map((c) => ({ type: 'code', code: c })),
    rng,
  );
}
