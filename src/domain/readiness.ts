import type { CardState, DeckCard } from './card-model';

export interface Readiness {
  /** Codes whose studied cards would all be recalled today with at least the desired retention. */
  ready: number[];
  /** The others, in the order asked: never studied, still learning, or due. */
  notReady: number[];
}

/**
 * Which of `codes` are ready for an interview today: a code is ready when it has studied cards, none
 * of them is new, learning or relearning, and each would be recalled at `now` with a probability of at
 * least `desiredRetention`. Suspended cards do not count either way.
 */
export function readiness(input: {
  codes: readonly number[];
  deck: readonly DeckCard[];
  cards: Readonly<Record<string, CardState>>;
  desiredRetention: number;
  retrievability: (card: CardState) => number;
}): Readiness {
  const cardsOf = new Map<number, CardState[]>();
  for (const d of input.deck) {
    const card = input.cards[d.id];
    if (!card || card.suspended || card.state === 'new') continue;
    cardsOf.set(d.code, [...(cardsOf.get(d.code) ?? []), card]);
  }
  const out: Readiness = { ready: [], notReady: [] };
  for (const code of input.codes) {
    const studied = cardsOf.get(code) ?? [];
    const ready =
      studied.length > 0 &&
      studied.every(
        (c) => c.state === 'review' && input.retrievability(c) >= input.desiredRetention,
      );
    (ready ? out.ready : out.notReady).push(code);
  }
  return out;
}
