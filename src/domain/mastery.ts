import type { CardState } from './card-model';

/** How well the user knows a code, as Browse and Stats show it. */
export const MASTERY_LEVELS = ['new', 'learning', 'mastered', 'leech'] as const;
export type Mastery = (typeof MASTERY_LEVELS)[number];

/** Stability (days) from which a reviewed card counts as mastered: Anki's "mature" interval. */
export const MASTERED_STABILITY_DAYS = 21;

/** The mastery of one card (undefined = never studied). */
export function cardMastery(card: CardState | undefined): Mastery {
  if (!card) return 'new';
  if (card.leech) return 'leech';
  if (card.state === 'new') return 'new';
  if (card.state === 'review' && card.stability >= MASTERED_STABILITY_DAYS) return 'mastered';
  return 'learning';
}

/**
 * The mastery of a code from its studied cards (undefined = never studied): leech when any card is one,
 * new when none has been studied, mastered when every card is, otherwise learning.
 */
export function codeMastery(cards: readonly (CardState | undefined)[]): Mastery {
  const levels = cards.map(cardMastery);
  if (levels.includes('leech')) return 'leech';
  if (levels.length === 0 || levels.every((l) => l === 'new')) return 'new';
  if (levels.every((l) => l === 'mastered')) return 'mastered';
  return 'learning';
}
