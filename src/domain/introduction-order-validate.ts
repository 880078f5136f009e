import * as z from 'zod/mini';
import type { CodeFacts } from './dataset-schema';
import { ORDER_TIERS } from './introduction-order';

// Validation of data/introduction-order.json, for the build and the tests only: zod stays out of the
// app's first load (the order itself is read by introduction-order.ts).

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
