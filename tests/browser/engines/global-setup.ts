import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertServesBuild, startPreview } from '../preview-server';
import { buildTo, freePort } from '../pwa-server';

/** The version the second build reports (data-app-version), for the update journey. */
const BUILD_B_VERSION = 'engines-test-b';

/**
 * Serves dist/ on a free port for the journeys of every engine, and makes the next build (another
 * version) that the update journey swaps in.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npx vite build` before the engine journeys.');
  const temp = mkdtempSync(join(tmpdir(), 'hst-engines-'));
  const buildB = join(temp, 'build-b');
  buildTo(buildB, { VITE_APP_VERSION: BUILD_B_VERSION });
  const server = await startPreview('dist', await freePort());
  try {
    await assertServesBuild(server.origin, 'dist', 'another server took the port; run again.');
  } catch (error) {
    await server.stop();
    throw error;
  }
  project.provide('baseUrl', server.origin);
  project.provide('buildB', buildB);
  project.provide('buildBVersion', BUILD_B_VERSION);
  return async () => {
    await server.stop();
    rmSync(temp, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    buildB: string;
    buildBVersion: string;
  }
}
