import orderJson from '../../data/introduction-order.json' with { type: 'json' };

/** The tiers of data/introduction-order.json, taught in this order. */
export const ORDER_TIERS = ['essentials', 'registered', 'rare'] as const;
export type OrderTier = (typeof ORDER_TIERS)[number];

/** How new cards are introduced: what a working developer needs first, or plain code order. */
export const NEW_CARD_ORDERS = ['essentials', 'code'] as const;
export type NewCardOrder = (typeof NEW_CARD_ORDERS)[number];

export type IntroductionOrder = Record<OrderTier, number[]>;

/** The shipped order (validated at build time and by tests). */
export const INTRODUCTION_ORDER: Readonly<IntroductionOrder> = orderJson as IntroductionOrder;

/** The codes a working developer needs first (the interview track). */
export const ESSENTIAL_CODES: readonly number[] = INTRODUCTION_ORDER.essentials;

/**
 * One tier in teaching order: the classes interleaved in proportion to their size, so that a short
 * class is spread over the tier instead of being used up first; within a class the file's order holds.
 */
function interleaveClasses(codes: readonly number[]): number[] {
  const byClass = new Map<number, number[]>();
  for (const code of codes) {
    const digit = Math.floor(code / 100);
    byClass.set(digit, [...(byClass.get(digit) ?? []), code]);
  }
  const keyed: { code: number; key: number; digit: number }[] = [];
  for (const [digit, list] of byClass)
    list.forEach((code, i) => keyed.push({ code, key: (i + 0.5) / list.length, digit }));
  // Ties (same place in their classes) go to the class met first in the tier, i.e. its priority.
  const firstSeen = [...byClass.keys()];
  keyed.sort((a, b) => a.key - b.key || firstSeen.indexOf(a.digit) - firstSeen.indexOf(b.digit));
  return keyed.map((k) => k.code);
}

const cache = new Map<string, ReadonlyMap<number, number>>();

/**
 * Each code's place (0 = first) in the order new cards are introduced. "essentials": tier by tier,
 * classes interleaved within each; "code": numeric order. The same for a given order and mode, so
 * a queue rebuilt at any moment of the day agrees with the one before it.
 */
export function introductionRanks(
  mode: NewCardOrder,
  order: Readonly<IntroductionOrder> = INTRODUCTION_ORDER,
): ReadonlyMap<number, number> {
  const cached = order === INTRODUCTION_ORDER ? cache.get(mode) : undefined;
  if (cached) return cached;
  const all = ORDER_TIERS.flatMap((tier) => order[tier]);
  const sequence =
    mode === 'code'
      ? [...all].sort((a, b) => a - b)
      : ORDER_TIERS.flatMap((tier) => interleaveClasses(order[tier]));
  const ranks = new Map(sequence.map((code, i) => [code, i]));
  if (order === INTRODUCTION_ORDER) cache.set(mode, ranks);
  return ranks;
}
