import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** One block of a `_headers` file: a path pattern and the headers its responses get. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i;

/** The Content-Security-Policy index.html carries as a meta tag (with its inline hashes). */
export function metaPolicy(indexHtml: string): string {
  const policy = CSP_META.exec(indexHtml)?.[1];
  if (!policy) throw new Error('index.html has no Content-Security-Policy meta');
  return policy.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"');
}

/**
 * The header policy: the meta's (so that the same inline scripts and styles are allowed, by the same
 * hashes) plus what only a header can say: that no other site may frame the app.
 */
export function headerPolicy(indexHtml: string): string {
  return `${metaPolicy(indexHtml).replace(/;\s*$/, '')}; frame-ancestors 'none'`;
}

/** The rules of a `_headers` file (Netlify / Cloudflare Pages syntax; `#` starts a comment). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules[rules.length - 1];
    if (!rule || colon < 0) throw new Error(`_headers: cannot read "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** `_headers` with the Content-Security-Policy of `indexHtml` added to its `/*` block. */
export function withPolicy(headersFile: string, indexHtml: string): string {
  const lines = headersFile.replace(/\n*$/, '\n').split('\n');
  const at = lines.findIndex((l) => l.trim() === '/*');
  if (at < 0) throw new Error('_headers lacks a "/*" block');
  lines.splice(at + 1, 0, `  Content-Security-Policy: ${headerPolicy(indexHtml)}`);
  return lines.join('\n');
}

/** The headers `rules` give a request for `pathname` (`*` matches any rest of the path). */
export function headersFor(rules: readonly HeaderRule[], pathname: string): [string, string][] {
  const out: [string, string][] = [];
  for (const rule of rules) {
    const p = rule.pattern;
    const match = p.endsWith('*') ? pathname.startsWith(p.slice(0, -1)) : pathname === p;
    if (match) out.push(...rule.headers);
  }
  return out;
}

/**
 * Vite plugin: the build writes dist/_headers (public/_headers plus the CSP line, see withPolicy), and
 * `vite preview` sends what the served build's _headers says, so `npm start` behaves like the host.
 */
export function securityHeaders(): Plugin {
  let publicDir = '';
  return {
    name: 'security-headers',
    // After vite:build-html has emitted index.html, and after critical-path has hashed its scripts.
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        console.error(
          'HDR',
          Object.keys(bundle).filter((k) => k.endsWith('.html')),
          html?.type,
        );
        if (html?.type !== 'asset' || typeof html.source !== 'string') return;
        const source = readFileSync(join(publicDir, '_headers'), 'utf8');
        this.emitFile({
          type: 'asset',
          fileName: '_headers',
          source: withPolicy(source, html.source),
        });
      },
    },
    configurePreviewServer(server) {
      const file = resolve(server.config.root, server.config.build.outDir, '_headers');
      const rules = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
      const base = server.config.base;
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        // A host serves the build at its root; the preview serves it under `base`.
        const rel = path.startsWith(base) ? `/${path.slice(base.length)}` : path;
        for (const [name, value] of headersFor(rules, rel)) res.setHeader(name, value);
        next();
      });
    },
  };
}
