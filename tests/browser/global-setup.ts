import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { assertServesBuild, startPreview } from './preview-server';

/** The port the browser tests serve the production build on (distinct from `npm start`'s 4173). */
export const PREVIEW_PORT = Number(process.env.BROWSER_TEST_PORT ?? 4183);

/** Serves dist/ with `vite preview` on 127.0.0.1 for the whole browser run. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npx vite build` before the browser tests.');
  const server = await startPreview('dist', PREVIEW_PORT);
  const baseUrl = server.origin;
  try {
    await assertServesBuild(baseUrl, 'dist', 'set BROWSER_TEST_PORT to a free port.');
  } catch (error) {
    await server.stop();
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
