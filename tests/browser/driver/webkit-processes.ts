import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserLocale } from './driver';

// The processes behind a WebKitGTK session: one X server (Xvfb) for the whole run, and per session a
// WebKitWebDriver, whose MiniBrowser takes its language from the C library's locale.

/**
 * Debian's MiniBrowser (package libwebkit2gtk-4.1-0, a dependency of webkit2gtk-driver) under this
 * machine's multiarch folder, or MINIBROWSER_PATH.
 */
export function miniBrowserPath(): string {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const found = readdirSync('/usr/lib')
    .map((dir) => join('/usr/lib', dir, 'webkit2gtk-4.1', 'MiniBrowser'))
    .find((path) => existsSync(path));
  if (!found) throw new Error('MiniBrowser not found: install webkit2gtk-driver');
  return found;
}

/** A running child process and how to end it. */
export interface Child {
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Process groups still running; a test run that ends early must not leave browsers behind. */
const running = new Set<number>();
process.on('exit', () => {
  for (const group of running) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/**
 * Starts `command` as the leader of its own process group (a WebKitWebDriver's MiniBrowser and web
 * processes join it), so that stopping it stops them all.
 */
function spawnGroup(command: string, args: string[], options: Parameters<typeof spawn>[2]) {
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid !== undefined) running.add(child.pid);
  child.once('exit', () => {
    if (child.pid !== undefined) running.delete(child.pid);
  });
  return child;
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
}

/** Starts Xvfb on a display it picks itself (-displayfd: no race with other X servers). */
export async function startXvfb(): Promise<Child & { display: string }> {
  const child = spawnGroup(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const fd = child.stdio[3];
  if (!fd || !('on' in fd)) throw new Error('Xvfb: no display pipe');
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    fd.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
    child.once('error', reject);
  });
  return { process: child, display, stop: stopper(child) };
}

const LOCALES: Record<BrowserLocale, string> = {
  'en-US': 'en_US',
  'zh-CN': 'zh_CN',
  'zh-TW': 'zh_TW',
};
const LOCALE_DIR = join(tmpdir(), 'hst-webkit-locales');

/**
 * The environment that makes a WebKitGTK browser prefer `locale`: the locale compiled with localedef
 * (package locales) into a folder of our own, so nothing system-wide changes.
 */
export function localeEnv(locale: BrowserLocale): Record<string, string> {
  const name = `${LOCALES[locale]}.UTF-8`;
  const out = join(LOCALE_DIR, name);
  if (!existsSync(join(out, 'LC_CTYPE'))) {
    // Built aside and renamed into place, so that a run beside this one never reads half a locale.
    mkdirSync(LOCALE_DIR, { recursive: true });
    const building = join(LOCALE_DIR, `.${process.pid}-${name}`);
    const made = spawnSync('localedef', ['-i', LOCALES[locale], '-f', 'UTF-8', building], {
      encoding: 'utf8',
    });
    if (!existsSync(join(building, 'LC_CTYPE')))
      throw new Error(`localedef could not build ${name} (package locales):\n${made.stderr}`);
    try {
      renameSync(building, out);
    } catch {
      rmSync(building, { recursive: true, force: true }); // the other run was first
    }
  }
  return { LOCPATH: LOCALE_DIR, LC_ALL: name, LANG: name, LANGUAGE: LOCALES[locale] };
}

/** Starts WebKitWebDriver on `port` with `env` (display, language, home) and waits until it answers. */
export async function startWebDriver(port: number, env: Record<string, string>): Promise<Child> {
  const child = spawnGroup('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited: ${stderr}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stopper(child)();
      throw new Error(`WebKitWebDriver did not answer on ${port}: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { process: child, stop: stopper(child) };
}
