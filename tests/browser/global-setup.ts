import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

/** The port the browser tests serve the production build on (distinct from `npm start`'s 4173). */
export const PREVIEW_PORT = Number(process.env.BROWSER_TEST_PORT ?? 4183);

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/** Serves dist/ with `vite preview` on 127.0.0.1 for the whole browser run. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npx vite build` before the browser tests.');
  // Node runs vite directly (not through npx) so that killing the child stops the server.
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(PREVIEW_PORT),
      '--strictPort',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: false },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${PREVIEW_PORT}`;
  try {
    await waitForServer(`${baseUrl}/`, child, 30_000);
    // Another run (another checkout, a second engineer) may already hold the port: then the answer
    // above came from its build, not ours, and every browser test would test the wrong app.
    const served = await (await fetch(`${baseUrl}/`)).text();
    if (served !== readFileSync('dist/index.html', 'utf8'))
      throw new Error(
        `Port ${PREVIEW_PORT} serves another build than ./dist; set BROWSER_TEST_PORT to a free port.`,
      );
  } catch (error) {
    child.kill();
    throw new Error(`${(error as Error).message}\n${output}`, { cause: error });
  }
  project.provide('baseUrl', baseUrl);
  return () => {
    child.kill();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
