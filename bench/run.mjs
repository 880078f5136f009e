#!/usr/bin/env node
// `npm run bench`: builds the app into bench/out/dist (dist/ is left alone), bundles the TypeScript
// bench (bench/main.ts, which calls the app's own domain code) for Node with Vite, and runs it:
// it prints a table and writes bench/out/report.json. Env: BENCH_PORT (default 4287), BENCH_RUNS
// (default 3), BENCH_ANSWERS (default 150: a first visit has 176 answers to give before its cards are due again), CHROME_PATH (default /usr/bin/chromium).
import { execSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const out = 'bench/out';
const started = Date.now();

function commit() {
  try {
    const hash = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] });
    const dirty = execSync('git status --porcelain', { stdio: ['ignore', 'pipe', 'ignore'] });
    return `${hash.toString().trim()}${dirty.toString().trim() ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return 'unknown';
  }
}

console.log('… production build (bench/out/dist)');
await build({ logLevel: 'warn', build: { outDir: `${out}/dist`, emptyOutDir: true } });

console.log('… bench bundle (bench/out/bundle)');
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: 'bench/main.ts',
    outDir: `${out}/bundle`,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
  },
});

const { runBench } = await import(pathToFileURL(`${root}/${out}/bundle/main.js`).href);
await runBench({
  dist: `${out}/dist`,
  outDir: out,
  port: Number(process.env.BENCH_PORT ?? 4287),
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  runs: Number(process.env.BENCH_RUNS ?? 3),
  answers: Number(process.env.BENCH_ANSWERS ?? 150),
  commit: commit(),
});
console.log(`\nWrote ${out}/report.json in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
