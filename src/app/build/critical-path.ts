import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';
import { addCspSource, hashSource } from './csp-sources.ts';

const STYLESHEET = /<link rel="stylesheet" crossorigin href="([^"]+)">/g;
const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * The script that starts the app's modules once the page has painted: the prerendered screen (and
 * the inlined CSS) then paint from the HTML alone, without sharing a slow link with ~130 KiB of
 * scripts. A frame later the same requests go out as the HTML would have made them; a hidden tab,
 * which paints no frame, starts them after 250 ms.
 */
export function moduleLoaderScript(entry: string, preloads: readonly string[]): string {
  return (
    `(function(){var d=document,h=d.head,done=0;function go(){if(done)return;done=1;` +
    `${JSON.stringify(preloads)}.forEach(function(u){var l=d.createElement('link');` +
    `l.rel='modulepreload';l.crossOrigin='';l.href=u;h.appendChild(l)});` +
    `var s=d.createElement('script');s.type='module';s.crossOrigin='';s.src=${JSON.stringify(entry)};` +
    `h.appendChild(s)}requestAnimationFrame(function(){setTimeout(go,0)});setTimeout(go,250)})()`
  );
}

/**
 * index.html with the stylesheets `css` knows inlined (one round trip less before the first paint;
 * the app's CSS is ~3.3 KiB gzip) and its entry module started by moduleLoaderScript, each allowed by
 * its hash in the CSP. `css` gives a stylesheet's text by href. Returns the HTML and the hrefs inlined.
 */
export function inlineCriticalPath(
  html: string,
  css: (href: string) => string | undefined,
): { html: string; inlined: string[] } {
  const inlined: string[] = [];
  const styles: string[] = [];
  let out = html.replace(STYLESHEET, (tag, href: string) => {
    const text = css(href);
    if (text === undefined) return tag;
    inlined.push(href);
    styles.push(text);
    return `<style>${text}</style>`;
  });
  for (const text of styles) out = addCspSource(out, 'style-src', hashSource(text));
  const entries = [...out.matchAll(ENTRY)].map((m) => m[1] ?? '');
  if (entries.length !== 1)
    throw new Error(`index.html has ${entries.length} entry scripts, not 1`);
  const preloads = [...out.matchAll(MODULE_PRELOAD)].map((m) => m[1] ?? '');
  const loader = moduleLoaderScript(entries[0] ?? '', preloads);
  out = out.replace(ENTRY, '').replace(MODULE_PRELOAD, '');
  out = out.replace('</body>', `<script>${loader}</script></body>`);
  return { html: addCspSource(out, 'script-src', hashSource(loader)), inlined };
}

/** The text of a CSS asset of the bundle by its href, if it is one of `files` (bundle file names). */
function cssOf(bundle: OutputBundle, base: string, files: ReadonlySet<string>) {
  return (href: string): string | undefined => {
    const file = href.startsWith(base) ? href.slice(base.length) : href;
    const asset = files.has(file) ? bundle[file] : undefined;
    return asset?.type === 'asset' && typeof asset.source === 'string' ? asset.source : undefined;
  };
}

/**
 * Vite plugin (build only): index.html paints without waiting for any other file, then loads the
 * app (see inlineCriticalPath). Only the entry chunk's own CSS is inlined (a shared chunk's CSS is
 * linked by the lazy screens that import it, so it must stay a file); the inlined file leaves the build.
 */
export function criticalPath(base: string): Plugin {
  return {
    name: 'critical-path',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.chunk) return html;
        const own = ctx.chunk.viteMetadata?.importedCss ?? new Set<string>();
        const result = inlineCriticalPath(html, cssOf(ctx.bundle, base, own));
        // Nothing links an inlined file any more (nor would the precache need it).
        for (const href of result.inlined) {
          const file = href.slice(base.length);
          delete ctx.bundle[file];
          // Nor may a lazy chunk that imports the entry's modules wait for it: the preloads of its
          // dynamic imports are built from this list after this hook (a lazy chunk importing another,
          // such as Settings' scheduler section, would otherwise ask for the deleted file).
          own.delete(file);
        }
        return result.html;
      },
    },
  };
}
