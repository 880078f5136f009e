import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SavedDownload } from './driver';

const PARTIAL = /\.(part|download)$|^\.|\.crdownload$/;

/**
 * Runs `action` and returns the file that then appears, complete, in the browser's download folder,
 * and takes it out of the folder (a second download of the same name keeps that name).
 */
export async function downloadInto(
  dir: string,
  action: () => Promise<void>,
  timeoutMs = 15_000,
): Promise<SavedDownload> {
  const before = new Set(readdirSync(dir));
  await action();
  const deadline = Date.now() + timeoutMs;
  let seen = { name: '', size: -1 };
  for (;;) {
    const names = readdirSync(dir);
    const name = names.find((f) => !before.has(f) && !PARTIAL.test(f));
    // Firefox creates the final name empty, writes a .part beside it and then moves it over: the
    // file is whole once nothing is being written beside it and its size held over one poll.
    if (name !== undefined && !names.some((f) => f !== name && f.startsWith(name))) {
      const size = statSync(join(dir, name)).size;
      if (size > 0 && seen.name === name && seen.size === size) {
        const text = readFileSync(join(dir, name), 'utf8');
        rmSync(join(dir, name), { force: true });
        return { name, text };
      }
      seen = { name, size };
    }
    if (Date.now() > deadline) throw new Error(`no download appeared in ${dir}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
