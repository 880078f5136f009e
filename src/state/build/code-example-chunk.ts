import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { CodeFacts } from '../../domain/dataset-schema.ts';

/** The virtual module holding every code's example response (code as a string → example). */
export const CODE_EXAMPLES_MODULE = 'virtual:code-examples';

// Resolved to a path-like id so that the chunk is named code-examples-<hash>.js.
const RESOLVED = '\0code-examples/code-examples.js';

/**
 * Vite plugin: the example responses stay in data/codes.json (the single source of the facts), but the
 * app imports that file without them, so the first load does not carry ~14 KB of example text that only
 * the back of a card shows; `virtual:code-examples` serves them as one chunk of their own, loaded by the
 * lesson (src/state/use-code-example.ts).
 */
export function codeExampleChunk(root: URL): Plugin {
  const codesPath = fileURLToPath(new URL('data/codes.json', root));
  const readCodes = () => JSON.parse(readFileSync(codesPath, 'utf8')) as CodeFacts[];
  return {
    name: 'code-example-chunk',
    enforce: 'pre',
    resolveId(id) {
      return id === CODE_EXAMPLES_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id === RESOLVED) {
        this.addWatchFile(codesPath);
        const examples = Object.fromEntries(
          readCodes().flatMap((c) => (c.example ? [[String(c.code), c.example]] : [])),
        );
        return `export default ${JSON.stringify(examples)};`;
      }
      if (id.split('?')[0] === codesPath) {
        const facts = readCodes().map((c) => {
          const rest: Partial<CodeFacts> = { ...c };
          delete rest.example;
          return rest;
        });
        return JSON.stringify(facts);
      }
      return undefined;
    },
  };
}
