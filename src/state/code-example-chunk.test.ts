import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import codesJson from '../../data/codes.json';
import type { CodeFacts } from '../domain/dataset-schema';

const file = JSON.parse(
  readFileSync(resolve(process.cwd(), 'data/codes.json'), 'utf8'),
) as CodeFacts[];

describe('example responses at build time', () => {
  it('leave the facts the app imports, so that the first load does not carry them', () => {
    expect(codesJson.length).toBe(file.length);
    expect(codesJson.some((c) => 'example' in c)).toBe(false);
    expect(codesJson.find((c) => c.code === 404)?.phrase).toBe('Not Found');
  });

  it('come, all of them, from their own module', async () => {
    const { default: examples } = await import('virtual:code-examples');
    const expected = Object.fromEntries(
      file.flatMap((c) => (c.example ? [[String(c.code), c.example]] : [])),
    );
    expect(examples).toEqual(expected);
    expect(Object.keys(examples).length).toBeGreaterThan(80);
  });
});
