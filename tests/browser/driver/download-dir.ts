import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SavedDownload } from './driver';

const PARTIAL = /\.(part|download)$|^\.|\.crdownload$/;

/** Runs `action` and returns the file that then appears, complete, in the browser's download folder. */
export async function downloadInto(
  dir: string,
  action: () => Promise<void>,
  timeoutMs = 15_000,
): Promise<SavedDownload> {
  const before = new Set(readdirSync(dir));
  await action();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const fresh = readdirSync(dir).filter((f) => !before.has(f) && !PARTIAL.test(f));
    const name = fresh[0];
    // The browser renames the file to its final name once it has written all of it.
    if (name !== undefined && !readdirSync(dir).some((f) => f.startsWith(`${name}.`)))
      return { name, text: readFileSync(join(dir, name), 'utf8') };
    if (Date.now() > deadline) throw new Error(`no download appeared in ${dir}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
