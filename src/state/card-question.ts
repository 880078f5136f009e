import { kindModule, loadKindModule } from '../domain/card-kinds/modules';
import type {
  CardRef,
  KindQuestion,
  KnowledgeBase,
  QuestionContext,
} from '../domain/card-kinds/question';
import { kindSpec, type CardKind } from '../domain/card-kinds/registry';
import { confusablesOf } from '../domain/confusables';
import { CODES, findCode } from '../domain/dataset';
import { createRng } from '../domain/rng';
import type { StudySettings } from '../domain/study-settings';
import { loadKnowledge } from './knowledge-access';

/** What a question is drawn from besides its card and seed. */
export interface QuestionInputs {
  settings: Pick<StudySettings, 'includeUnofficial'>;
  /** Code names in the current language (two options never read the same). */
  names: Readonly<Record<string, string>> | undefined;
  knowledge: KnowledgeBase | undefined;
}

/** The generators' context: the codes the learner may see as options, their sets and names, the knowledge. */
export function questionContext({ settings, names, knowledge }: QuestionInputs): QuestionContext {
  const pool = CODES.filter((c) => settings.includeUnofficial || c.status !== 'unofficial').map(
    (c) => c.code,
  );
  return {
    pool,
    confusable: confusablesOf,
    related: (code) => findCode(code)?.related ?? [],
    ...(names ? { keyOf: (code: number) => names[String(code)] ?? String(code) } : {}),
    ...(knowledge ? { knowledge } : {}),
  };
}

/**
 * The question of a card for a seed, through its kind's generator (the same seed, the same question);
 * undefined while the generator or the knowledge it needs has not loaded. With `fallback`, a card
 * whose question cannot be drawn (its knowledge failed to load) is asked as "what does this code
 * mean?", revealed and graded by the learner, rather than blocking the session.
 */
export function cardQuestion(
  card: CardRef & { kind: CardKind },
  seed: number,
  inputs: QuestionInputs,
  fallback = false,
): KindQuestion | undefined {
  const module = kindModule(card.kind);
  const ready =
    module !== undefined && (kindSpec(card.kind).scope !== 'knowledge' || inputs.knowledge);
  const question = ready
    ? module.question(card, questionContext(inputs), createRng(seed))
    : undefined;
  if (question || !fallback) return question;
  return {
    kind: card.kind,
    code: card.code,
    prompt: { form: 'recall', code: card.code },
    options: [],
    answer: -1,
    typed: false,
  };
}

/** Loads the generators of these kinds and, if one needs it, the knowledge; never rejects. */
export async function prepareKinds(kinds: readonly CardKind[]): Promise<void> {
  const generated = kinds.filter((k) => kindSpec(k).generated);
  if (generated.length === 0) return;
  await Promise.all([
    ...generated.map((k) => loadKindModule(k).catch(() => undefined)),
    generated.some((k) => kindSpec(k).scope === 'knowledge') ? loadKnowledge() : undefined,
  ]);
}
