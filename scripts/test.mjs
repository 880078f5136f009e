#!/usr/bin/env node
// Runs every check in order and stops at the first failure: format, types, lint, unit + component
// tests, production build, Chromium browser tests, then the learner's journeys in Chromium, Firefox
// and WebKit side by side. Test counts go to test-results/ for .ci/run to add up.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureEngines } from './ensure-engines.mjs';

const polyfills = '--import=./scripts/node-polyfills.mjs';
const env = {
  ...process.env,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${polyfills}`.trim(),
};
mkdirSync('test-results', { recursive: true });

const steps = [
  ['format check', 'npx', ['prettier', '--check', '.']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  [
    'unit and component tests',
    'npx',
    [
      'vitest',
      'run',
      '--project',
      'unit',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/unit.json',
    ],
  ],
  ['production build', 'npx', ['vite', 'build']],
  ['browser', () => console.log(`  Chromium: ${ensureChromium()}`)],
  ['Firefox ESR and WebKitGTK', ensureEngines],
  [
    'browser tests',
    'npx',
    [
      'vitest',
      'run',
      '--project',
      'browser',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/browser.json',
    ],
  ],
  [
    'journeys in Chromium, Firefox and WebKit',
    'npx',
    [
      'vitest',
      'run',
      '--project',
      'engines',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/engines.json',
    ],
  ],
];

for (const [name, cmd, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  if (typeof cmd === 'function') {
    cmd();
    continue;
  }
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
