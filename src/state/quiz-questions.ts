import { kindModule } from '../domain/card-kinds/modules';
import type {
  CardRef,
  KindQuestion,
  KnowledgeBase,
  QuestionContext,
} from '../domain/card-kinds/question';
import { kindSpec, type CardKind } from '../domain/card-kinds/registry';
import { confusablesOf } from '../domain/confusables';
import { findCode } from '../domain/dataset';
import { knowledgeNow } from './knowledge-access';

// What the quiz needs to draw questions of every kind (the session draws them in card-question.ts).

/** A question of any kind through its loaded generator (the quiz draws its questions with it). */
export function drawQuestion(
  kind: CardKind,
  card: CardRef,
  ctx: QuestionContext,
  rng: () => number,
): KindQuestion | undefined {
  const module = kindModule(kind);
  if (!module || (kindSpec(kind).scope === 'knowledge' && !ctx.knowledge)) return undefined;
  return module.question(card, ctx, rng);
}

/** The generators' context without the pool (the quiz sets its own). */
export function baseContext(
  knowledge: KnowledgeBase | undefined,
): Omit<QuestionContext, 'pool' | 'keyOf'> {
  return {
    confusable: confusablesOf,
    related: (code) => findCode(code)?.related ?? [],
    ...(knowledge ? { knowledge } : {}),
  };
}

/** True when the generators of these kinds (and the knowledge, if one needs it) are loaded already. */
export function kindsReady(kinds: readonly CardKind[]): boolean {
  return kinds.every(
    (k) =>
      kindModule(k) !== undefined &&
      (kindSpec(k).scope !== 'knowledge' || knowledgeNow() !== undefined),
  );
}
