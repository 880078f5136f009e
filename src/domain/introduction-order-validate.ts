import * as z from 'zod/mini';
import type { CodeFacts } from './dataset-schema.ts';
import { problemList, type DatasetProblem } from './dataset-problems.ts';
import { ORDER_TIERS } from './introduction-order.ts';

// Validation of data/introduction-order.json, run with the rest of the dataset at build time and in
// the tests: zod stays out of the app's first load (the order itself is read by introduction-order.ts).

export const ORDER_FILE = 'data/introduction-order.json';

const orderSchema = z.object({
  essentials: z.array(z.int()),
  registered: z.array(z.int()),
  rare: z.array(z.int()),
});

/**
 * Every problem of an introduction order against the dataset (empty when valid): each code of the
 * dataset exactly once across the tiers, and only registered codes among the essentials.
 */
export function validateIntroductionOrder(
  raw: unknown,
  codes: readonly CodeFacts[],
): DatasetProblem[] {
  const { problems, add } = problemList();
  const parsed = orderSchema.safeParse(raw);
  if (!parsed.success) {
    add(
      ORDER_FILE,
      undefined,
      '(root)',
      'expected three lists of codes: essentials, registered, rare',
    );
    return problems;
  }
  const known = new Map(codes.map((c) => [c.code, c]));
  const seen = new Set<number>();
  for (const tier of ORDER_TIERS) {
    for (const code of parsed.data[tier]) {
      if (!known.has(code)) add(ORDER_FILE, code, tier, 'not in data/codes.json');
      if (seen.has(code)) add(ORDER_FILE, code, tier, 'listed twice');
      if (tier === 'essentials' && known.get(code)?.status === 'unofficial')
        add(ORDER_FILE, code, tier, 'an unofficial code cannot be an essential');
      seen.add(code);
    }
  }
  for (const c of codes) if (!seen.has(c.code)) add(ORDER_FILE, c.code, '(root)', 'missing');
  return problems;
}
