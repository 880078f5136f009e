import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertServesBuild, startPreview } from '../preview-server';
import { freePort } from '../pwa-server';
import { startNextBuild } from './next-build';

/** The version the second build reports (data-app-version), for the update journey. */
const BUILD_B_VERSION = 'engines-test-b';

/**
 * Serves dist/ on a free port for the journeys of every engine, and starts the next build (another
 * version) that the update journey swaps in (see next-build.ts).
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npx vite build` before the engine journeys.');
  const temp = mkdtempSync(join(tmpdir(), 'hst-engines-'));
  const buildB = join(temp, 'build-b');
  const building = startNextBuild(buildB, BUILD_B_VERSION);
  const stopBuilding = async () => {
    if (building.exitCode !== null || building.signalCode !== null) return;
    const exited = once(building, 'exit');
    building.kill('SIGTERM');
    await exited;
  };
  const server = await startPreview('dist', await freePort());
  try {
    await assertServesBuild(server.origin, 'dist', 'another server took the port; run again.');
  } catch (error) {
    await Promise.all([server.stop(), stopBuilding()]);
    throw error;
  }
  project.provide('baseUrl', server.origin);
  project.provide('buildB', buildB);
  project.provide('buildBVersion', BUILD_B_VERSION);
  return async () => {
    await Promise.all([server.stop(), stopBuilding()]);
    rmSync(temp, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    buildB: string;
    buildBVersion: string;
  }
}
