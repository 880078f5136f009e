// The virtual modules written by src/state/build/knowledge-chunks.ts (typed loosely: an ambient
// declaration cannot import the domain types; src/state/knowledge-store.ts narrows them).
declare module 'virtual:knowledge-index' {
  /** The codes that have knowledge, and per kind of `knowledge` scope the codes that have its card. */
  const index: { codes: number[]; kinds: Record<string, number[]> };
  export default index;
}

declare module 'virtual:knowledge' {
  /** The text groups (src/domain/text-groups.ts), as the loaders number them. */
  export const TEXT_GROUPS: number[][];
  /** Every code's facts and the header registry. */
  export const loadFacts: () => Promise<{ default: { facts: unknown[]; headers: unknown[] } }>;
  /** Per language, per text group that has knowledge: its codes' texts. */
  export const TEXT_LOADERS: Record<string, Record<number, () => Promise<{ default: unknown }>>>;
}
