import * as z from 'zod/mini';
import orderJson from '../../data/introduction-order.json';
import type { CodeFacts } from './dataset-schema';

/** The tiers of data/introduction-order.json, taught in this order. */
export const ORDER_TIERS = ['essentials', 'registered', 'rare'] as const;
export type OrderTier = (typeof ORDER_TIERS)[number];

/** How new cards are introduced: what a working developer needs first, or plain code order. */
export const NEW_CARD_ORDERS = ['essentials', 'code'] as const;
export type NewCardOrder = (typeof NEW_CARD_ORDERS)[number];

export type IntroductionOrder = Record<OrderTier, number[]>;

const orderSchema = z.object({
  essentials: z.array(z.int()),
  registered: z.array(z.int()),
  rare: z.array(z.int()),
});

/**
 * Every problem of an introduction order against the dataset (empty when valid): each code of the
 * dataset exactly once across the tiers, and only registered codes among the essentials.
 */
export function validateIntroductionOrder(raw: unknown, codes: readonly CodeFacts[]): string[] {
  const parsed = orderSchema.safeParse(raw);
  if (!parsed.success) return ['data/introduction-order.json: expected three lists of codes'];
  const problems: string[] = [];
  const known = new Map(codes.map((c) => [c.code, c]));
  const seen = new Set<number>();
  for (const tier of ORDER_TIERS) {
    for (const code of parsed.data[tier]) {
      const where = `data/introduction-order.json ${tier}: ${code}`;
      if (!known.has(code)) problems.push(`${where} is not in data/codes.json`);
      if (seen.has(code)) problems.push(`${where} is listed twice`);
      if (tier === 'essentials' && known.get(code)?.status === 'unofficial')
        problems.push(`${where} is unofficial, not an essential`);
      seen.add(code);
    }
  }
  for (const c of codes)
    if (!seen.has(c.code)) problems.push(`data/introduction-order.json: ${c.code} is missing`);
  return problems;
}

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
