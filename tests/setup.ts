import '@testing-library/jest-dom/vitest';
import fc from 'fast-check';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor give up after 1 s by default: too short for lazy chunks on a loaded CI machine.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
});
import '../src/app/lazy-kinds';

// Property tests draw new cases on every local run, so they keep exploring; CI draws the same
// cases every time (or those of FC_SEED), so that a red CI always reproduces. A failure prints
// its seed: `FC_SEED=<seed> npx vitest run <file>` replays it.
const seed = process.env.FC_SEED ?? (process.env.CI ? '20261129' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
