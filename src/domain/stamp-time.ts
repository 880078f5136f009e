import type { CardState } from './card-model';
import { latestEventTime } from './progress-time';

/**
 * The time a new entry for `card` is stamped with: `now`, and strictly after the card's previous
 * entry, so that a clock moved backwards never gives a negative interval or an ambiguous order.
 * Never past what restore accepts at `now` (latestEventTime): a card already at that edge gets its
 * entry at the same time as the previous one, which the log keeps in order.
 */
export function stampTime(card: CardState | undefined, now: number): number {
  const time = Number.isFinite(now) ? Math.floor(now) : 0;
  if (!card || card.updatedAt <= 0) return time;
  const after = card.updatedAt + 1;
  return Math.max(time, after <= latestEventTime(now) ? after : card.updatedAt);
}
