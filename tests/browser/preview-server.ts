import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// `vite preview` for the browser tests and the bench: run through Node directly (not npx) so that
// stopping the child stops the server.

const VITE = 'node_modules/vite/bin/vite.js';

export interface PreviewServer {
  origin: string;
  stop: () => Promise<void>;
}

/** Serves `outDir` with `vite preview` on 127.0.0.1:`port`; resolves once it answers. */
export async function startPreview(
  outDir: string,
  port: number,
  env: Record<string, string> = {},
): Promise<PreviewServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      VITE,
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const probe = `${origin}${env.BASE_PATH ?? '/'}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited:\n${output}`);
    try {
      if ((await fetch(probe)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`vite preview did not answer at ${probe}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    origin,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Throws unless `origin` serves the index.html of `outDir`: another run (another checkout, a second
 * engineer) may already hold the port, and every test would then test the wrong app.
 */
export async function assertServesBuild(origin: string, outDir: string, hint: string) {
  const served = await (await fetch(`${origin}/`)).text();
  if (served !== readFileSync(join(outDir, 'index.html'), 'utf8'))
    throw new Error(`${origin} serves another build than ${outDir}; ${hint}`);
}
