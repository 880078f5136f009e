import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadInto } from './download-dir';

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hst-download-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('downloadInto (the engines’ download folder)', () => {
  it('waits for the whole file when the browser first creates its final name empty (Firefox)', async () => {
    const dir = folder();
    const text = JSON.stringify({ format: 'progress', log: Array(500).fill('review') });
    const firefox = async () => {
      writeFileSync(join(dir, 'progress.json'), '');
      void later(150).then(async () => {
        writeFileSync(join(dir, 'progress.json.part'), text.slice(0, 100));
        await later(150);
        writeFileSync(join(dir, 'progress.json.part'), text);
        renameSync(join(dir, 'progress.json.part'), join(dir, 'progress.json'));
      });
    };
    expect(await downloadInto(dir, firefox)).toEqual({ name: 'progress.json', text });
  });

  it('gives a second download of the same name that name (the browser finds the folder empty)', async () => {
    const dir = folder();
    // As browsers do: a name already taken gets a number.
    const save = async () => {
      const name = existsSync(join(dir, 'log.csv')) ? 'log(1).csv' : 'log.csv';
      writeFileSync(join(dir, name), 'a,b\n');
    };
    expect((await downloadInto(dir, save)).name).toBe('log.csv');
    expect((await downloadInto(dir, save)).name).toBe('log.csv');
  });
});
