// Renders the first visit's Study screen in every language (src/app/prerender.tsx) and prints
// {"en": "<markup>", ...} as JSON. Run by the build (src/app/build/prerender-html.ts) in a process of
// its own, because rendering needs DOM globals (jsdom) that must not leak into the build.
import { JSDOM } from 'jsdom';
import { createServer } from 'vite';

const base = process.env.BASE_PATH ?? '/';
const root = base.endsWith('/') ? base : `${base}/`;
const dom = new JSDOM('<!doctype html><html><body></body></html>', {
  url: `http://localhost${root}`,
});
for (const key of ['window', 'document', 'navigator', 'localStorage', 'location', 'history']) {
  Object.defineProperty(globalThis, key, {
    value: dom.window[key],
    configurable: true,
    writable: true,
  });
}

const server = await createServer({
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { prerenderFirstVisit } = await server.ssrLoadModule('/src/app/prerender.tsx');
  const { LANGUAGES } = await server.ssrLoadModule('/src/domain/language.ts');
  const out = {};
  for (const lang of LANGUAGES) out[lang] = await prerenderFirstVisit(lang, root);
  process.stdout.write(JSON.stringify(out));
} finally {
  await server.close();
  dom.window.close();
}
