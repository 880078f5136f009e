/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { LANGUAGES } from './src/domain/language.ts';
import { formatProblems, validateDataset } from './src/domain/dataset-validate.ts';
import { dropCspOnDevServer } from './src/pwa/build/csp-dev.ts';
import { pwaOptions } from './src/pwa/build/pwa-options.ts';
import { uiStringChunks } from './src/i18n/build/ui-string-chunks.ts';
import { localeTextChunks } from './src/state/build/locale-text-chunks.ts';
import { codeExampleChunk } from './src/state/build/code-example-chunk.ts';
import { readKnowledge } from './src/state/build/knowledge-files.ts';
import { knowledgeChunks } from './src/state/build/knowledge-chunks.ts';
import { prerenderFirstScreen } from './src/app/build/prerender-html.ts';
import { criticalPath } from './src/app/build/critical-path.ts';
import { securityHeaders } from './src/app/build/security-headers.ts';

const requested = process.env.BASE_PATH ?? '/';
const base = requested.endsWith('/') ? requested : `${requested}/`;

/** Fails the build (and the dev server) when the dataset in data/ is invalid. */
function validateData(): Plugin {
  const read = (path: string): unknown =>
    JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
  return {
    name: 'validate-dataset',
    buildStart() {
      const problems = validateDataset({
        codes: read('./data/codes.json'),
        locales: Object.fromEntries(
          LANGUAGES.map((l) => [l, read(`./data/locales/${l}.json`)]),
        ) as Record<(typeof LANGUAGES)[number], unknown>,
        confusionSets: read('./data/confusion-sets.json'),
        glossary: read('./data/glossary.json'),
        introductionOrder: read('./data/introduction-order.json'),
        knowledge: readKnowledge(new URL('./', import.meta.url)),
      });
      if (problems.length > 0) this.error(`Invalid dataset:\n${formatProblems(problems)}`);
    },
  };
}

export default defineConfig({
  base,
  plugins: [
    react(),
    validateData(),
    codeExampleChunk(new URL('./', import.meta.url)),
    localeTextChunks(new URL('./', import.meta.url)),
    knowledgeChunks(new URL('./', import.meta.url)),
    uiStringChunks(new URL('./', import.meta.url)),
    prerenderFirstScreen(new URL('./', import.meta.url), base),
    criticalPath(base),
    VitePWA(pwaOptions(base)),
    dropCspOnDevServer(),
    // dist/_headers for static hosts, and the same headers from `vite preview` (npm start).
    securityHeaders(),
  ],
  // The manifest lets the size budget (tests/browser/size-budget.test.ts) and the bench find the entry's
  // static imports, i.e. the first load.
  build: { target: 'es2022', sourcemap: false, manifest: true },
  // Module workers, so that the optimiser's and the exporter's libraries load by dynamic import.
  // Their chunks are named worker-chunk-* so that the service worker can leave the heavy ones out of
  // the precache (src/pwa/build/pwa-options.ts).
  worker: {
    format: 'es',
    rolldownOptions: { output: { chunkFileNames: 'assets/worker-chunk-[name]-[hash].js' } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['./tests/setup.ts'],
          restoreMocks: true,
          // Whole-app component tests on a loaded 2-core machine can pass the 5 s default.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          // The engine journeys are their own project (below).
          exclude: ['**/node_modules/**', '**/.git/**', 'tests/browser/engines/**'],
          globalSetup: ['./tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A loaded 2-core CI machine needs more than the 1 s default for a lazy screen to appear.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // The learner's journeys, written once, in Chromium, Firefox ESR and WebKitGTK: one file
          // per engine, the engines side by side (each mostly waits on its own browser processes).
          name: 'engines',
          environment: 'node',
          include: ['tests/browser/engines/*.test.ts'],
          globalSetup: ['./tests/browser/engines/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: true,
          maxWorkers: 3,
          // With three browsers on two busy cores a driver's command can hang (seen once: WebKit's
          // quiz journey, which passes in 6–19 s, stalled for the whole 120 s). A journey runs once
          // more before it fails; what fails twice is a failure.
          retry: 1,
        },
      },
    ],
  },
});
