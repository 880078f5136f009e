// The virtual module written by src/state/build/code-example-chunk.ts.
declare module 'virtual:code-examples' {
  /** Code (as a string) → its example response. */
  const examples: Record<string, string>;
  export default examples;
}
