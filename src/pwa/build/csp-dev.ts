import type { Plugin } from 'vite';

const CSP_META = /\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i;

/**
 * Removes index.html's Content-Security-Policy meta on the dev server only: Vite's dev client and
 * React Fast Refresh need inline scripts and <style> elements that the production policy forbids.
 * `vite build` and `vite preview` keep the policy untouched.
 */
export function dropCspOnDevServer(): Plugin {
  return {
    name: 'drop-csp-on-dev-server',
    apply: 'serve',
    transformIndexHtml: { order: 'pre', handler: (html) => html.replace(CSP_META, '') },
  };
}
