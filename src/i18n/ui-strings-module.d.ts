// The virtual module written by src/i18n/build/ui-string-chunks.ts.
declare module 'virtual:ui-strings' {
  type Part = () => Promise<{ default: Record<string, unknown> }>;
  /** Per language, loaders of its merged UI strings ({section: {...}, ...}): first-load and lazy-screen parts. */
  export const UI_STRING_LOADERS: Record<string, { startup: Part; screens: Part }>;
}
