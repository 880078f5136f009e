import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The second build the update journey swaps in. It is made while the first journeys run (they mostly
// wait on browsers), in a folder that appears whole once the build has succeeded.

const VITE = 'node_modules/vite/bin/vite.js';

/** Starts `vite build` of the app, reporting `version`, into `dir` (written aside, then renamed). */
export function startNextBuild(dir: string, version: string): ChildProcess {
  const building = `${dir}.building`;
  const child = spawn(
    process.execPath,
    [VITE, 'build', '--outDir', building, '--emptyOutDir', '--logLevel', 'warn'],
    { env: { ...process.env, VITE_APP_VERSION: version }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  child.on('exit', (code, signal) => {
    if (code === 0) renameSync(building, dir);
    else writeFileSync(`${dir}.failed`, `vite build ended (${code ?? signal}):\n${stderr}`);
  });
  return child;
}

/** Waits until the build in `dir` is complete; throws with vite's output when it failed. */
export async function nextBuild(dir: string, timeoutMs = 240_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(join(dir, 'index.html'))) {
    if (existsSync(`${dir}.failed`)) throw new Error(readFileSync(`${dir}.failed`, 'utf8'));
    if (Date.now() > deadline) throw new Error(`the next build took over ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return dir;
}
