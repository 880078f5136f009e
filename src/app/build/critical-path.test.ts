import { describe, expect, it } from 'vitest';
import { inlineCriticalPath, moduleLoaderScript } from './critical-path';
import { hashSource } from './csp-sources';

const HTML = [
  '<html><head>',
  `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" />`,
  '<script type="module" crossorigin src="/assets/index-a.js"></script>',
  '<link rel="modulepreload" crossorigin href="/assets/dataset-b.js">',
  '<link rel="modulepreload" crossorigin href="/assets/router-c.js">',
  '<link rel="stylesheet" crossorigin href="/assets/shared-d.css">',
  '<link rel="stylesheet" crossorigin href="/assets/index-e.css">',
  '</head><body><div id="root"></div></body></html>',
].join('');
const CSS = 'body{margin:0}';

describe('critical path of index.html', () => {
  const { html, inlined } = inlineCriticalPath(HTML, (href) =>
    href === '/assets/index-e.css' ? CSS : undefined,
  );
  const loader = moduleLoaderScript('/assets/index-a.js', [
    '/assets/dataset-b.js',
    '/assets/router-c.js',
  ]);

  it('inlines the CSS it is given, allowed by hash, and leaves other stylesheets linked', () => {
    expect(inlined).toEqual(['/assets/index-e.css']);
    expect(html).toContain(`<style>${CSS}</style>`);
    expect(html).not.toContain('index-e.css');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/shared-d.css">');
    expect(html).toContain(`style-src 'self' ${hashSource(CSS)}"`);
  });

  it('starts the entry and its preloads from one hashed script at the end of the body', () => {
    expect(html).not.toMatch(/<script type="module"|modulepreload" crossorigin/);
    expect(html).toMatch(
      new RegExp(`<script>${loader.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</script></body>`),
    );
    expect(html).toContain(`script-src 'self' ${hashSource(loader)};`);
  });

  it('fails the build unless there is exactly one entry script', () => {
    const noEntry = HTML.replace(/<script[^>]*><\/script>/, '');
    expect(() => inlineCriticalPath(noEntry, () => undefined)).toThrow(/0 entry scripts/);
  });
});
