import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Preview {
  url: string;
  stop: () => void;
}

/** Serves a production build with `vite preview` on 127.0.0.1:`port`, and checks it serves that build. */
export async function startPreview(outDir: string, port: number): Promise<Preview> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const expected = readFileSync(join(outDir, 'index.html'), 'utf8');
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`vite preview exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/`);
      if (res.ok) {
        if ((await res.text()) !== expected)
          throw new Error(`port ${port} serves another build; set BENCH_PORT to a free port`);
        return { url, stop: () => void child.kill() };
      }
    } catch (error) {
      if (error instanceof Error && error.message.includes('another build')) {
        child.kill();
        throw error;
      }
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  child.kill();
  throw new Error(`vite preview did not answer at ${url}:\n${output}`);
}
