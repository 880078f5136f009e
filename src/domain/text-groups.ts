/** The most codes whose texts share one download; small enough that the first card waits for little. */
export const MAX_CODES_PER_TEXT_GROUP = 10;

/**
 * Splits status codes into the groups whose dataset texts are downloaded together: one class per group
 * (each group also carries its class's name and summary), larger classes cut into nearly equal
 * runs of at most `max` codes, in code order. The same codes always give the same groups, so the build
 * (which writes one chunk per group) and the app (which asks for a code's group) agree.
 */
export function textGroups(
  codes: readonly number[],
  max: number = MAX_CODES_PER_TEXT_GROUP,
): number[][] {
  const byClass = new Map<number, number[]>();
  for (const code of [...new Set(codes)].sort((a, b) => a - b)) {
    const digit = Math.floor(code / 100);
    const list = byClass.get(digit) ?? [];
    list.push(code);
    byClass.set(digit, list);
  }
  const groups: number[][] = [];
  for (const list of byClass.values()) {
    const parts = Math.ceil(list.length / max);
    for (let i = 0; i < parts; i++)
      groups.push(
        list.slice(
          Math.round((i * list.length) / parts),
          Math.round(((i + 1) * list.length) / parts),
        ),
      );
  }
  return groups;
}

/** Index of the group holding `code` in `groups`, or -1 when no group holds it. */
export function groupOfCode(groups: readonly (readonly number[])[], code: number): number {
  return groups.findIndex((g) => g.includes(code));
}

/** Index of the first group of class `digit` (every group of a class carries the class's texts), or -1. */
export function groupOfClass(groups: readonly (readonly number[])[], digit: number): number {
  return groups.findIndex((g) => g.some((c) => Math.floor(c / 100) === digit));
}
