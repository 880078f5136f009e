// The virtual module written by src/state/build/locale-text-chunks.ts (typed loosely: an ambient
// declaration cannot import the dataset types; src/state/content-store.ts narrows them).
declare module 'virtual:locale-texts' {
  /** The codes of each text group, in the order of the group loaders. */
  export const TEXT_GROUPS: number[][];
  /** Per language: the core (class texts, code names), the search aliases and one loader per text group. */
  export const TEXT_LOADERS: Record<
    string,
    {
      core: () => Promise<{ default: unknown }>;
      aliases: () => Promise<{ default: unknown }>;
      groups: (() => Promise<{ default: unknown }>)[];
    }
  >;
}
