// The virtual module written by src/i18n/build/ui-string-chunks.ts.
declare module 'virtual:ui-strings' {
  /** Per language, a loader of its merged UI strings ({section: {...}, ...}). */
  export const UI_STRING_LOADERS: Record<
    string,
    () => Promise<{ default: Record<string, unknown> }>
  >;
}
