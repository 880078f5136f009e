import { createHash } from 'node:crypto';

/** The CSP source allowing exactly this inline script or style element's text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** index.html with `source` added to the CSP meta's `directive` (which must allow 'self' already). */
export function addCspSource(html: string, directive: string, source: string): string {
  const pattern = new RegExp(
    `(http-equiv="Content-Security-Policy"\\s+content="[^"]*${directive} 'self')`,
  );
  const out = html.replace(pattern, `$1 ${source}`);
  if (out === html) throw new Error(`index.html's CSP lacks ${directive} 'self'`);
  return out;
}
