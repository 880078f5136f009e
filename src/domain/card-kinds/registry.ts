// The card kinds and what the rest of the app needs to know about each, in one place: adding a kind
// means a line in CARD_KINDS, its spec below, its generator module (loaded by loadKindModule), its
// renderer (src/ui/kind-renderers/) and its strings. Nothing else names a kind. Kept free of the
// generators themselves, which load with the first card that needs them.

/** The ways a status code is studied, each scheduled on its own, in the order a code's cards come. */
export const CARD_KINDS = [
  'recall',
  'reverse',
  'scenario',
  'header',
  'wire',
  'duel',
  'behaviour',
] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** A part of an Anki note's side (static kinds only: generated questions have no fixed sides). */
export type AnkiPart = 'prompt' | 'code' | 'name' | 'scenario' | 'explain';

export interface CardKindSpec {
  /** `reveal`: recall, show the answer, grade yourself; `choice`: pick (or type) an answer that is checked. */
  answer: 'reveal' | 'choice';
  /**
   * Which cards the kind has: `code` one per code; `knowledge` one per code that has this kind's
   * knowledge (the build-time index, virtual:knowledge-index); `pair` one per confusable pair.
   */
  scope: 'code' | 'knowledge' | 'pair';
  /**
   * When a new card may be introduced: `lead`: once the code's first card (in deck order) was
   * studied on an earlier day (the first card itself at once); `graduated`: once the code's recall
   * card (or its first card when recall is off) is in review and was studied before today.
   */
  gate: 'lead' | 'graduated';
  /** Its question is generated from the knowledge (its module and data load when first needed). */
  generated: boolean;
  /** The quiz question type that exercises this kind. */
  quizType: string;
  /** Anki note sides, for kinds whose cards have fixed sides. */
  anki?: { front: readonly AnkiPart[]; back: readonly AnkiPart[] };
}

export const CARD_KIND_SPECS: Readonly<Record<CardKind, CardKindSpec>> = {
  recall: {
    answer: 'reveal',
    scope: 'code',
    gate: 'lead',
    generated: false,
    quizType: 'code-to-name',
    anki: { front: ['prompt', 'code'], back: ['name', 'explain'] },
  },
  reverse: {
    answer: 'choice',
    scope: 'code',
    gate: 'lead',
    generated: false,
    quizType: 'name-to-code',
    anki: { front: ['prompt', 'name'], back: ['code', 'explain'] },
  },
  scenario: {
    answer: 'choice',
    scope: 'code',
    gate: 'lead',
    generated: false,
    quizType: 'scenario-to-code',
    anki: { front: ['prompt', 'scenario'], back: ['code', 'name', 'explain'] },
  },
  header: {
    answer: 'choice',
    scope: 'knowledge',
    gate: 'graduated',
    generated: true,
    quizType: 'header',
  },
  wire: {
    answer: 'choice',
    scope: 'knowledge',
    gate: 'graduated',
    generated: true,
    quizType: 'wire',
  },
  duel: { answer: 'choice', scope: 'pair', gate: 'graduated', generated: true, quizType: 'duel' },
  behaviour: {
    answer: 'choice',
    scope: 'knowledge',
    gate: 'graduated',
    generated: true,
    quizType: 'behaviour',
  },
};

/** What the app needs to know about a kind. */
export function kindSpec(kind: CardKind): CardKindSpec {
  return CARD_KIND_SPECS[kind];
}

/** True for a kind name of ours (from storage, a file or a URL). */
export function isCardKind(value: unknown): value is CardKind {
  return (CARD_KINDS as readonly unknown[]).includes(value);
}

/** The kinds whose cards each belong to two codes (a confusable pair). */
export const PAIR_KINDS: readonly CardKind[] = CARD_KINDS.filter(
  (k) => CARD_KIND_SPECS[k].scope === 'pair',
);
