import { describe, expect, it } from 'vitest';
import en from '../../data/locales/en.json';
import type { LocaleFile } from './dataset-schema';
import { localeTextFields } from './locale-text-fields';

/** Every string in a JSON value, with its dotted path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}.${i}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe('localeTextFields', () => {
  it('yields every string of a locale file but the search aliases, each with its field', () => {
    const file = en as LocaleFile;
    const expected = strings(file)
      .filter(([path]) => !/\.aliases\.\d+$/.test(path))
      .map(([field, text]) => ({ field, text }));
    const fields = localeTextFields(file).map(({ field, text }) => ({ field, text }));
    expect(fields).toEqual(expect.arrayContaining(expected));
    expect(fields).toHaveLength(expected.length);
  });

  it('names the code each code text belongs to', () => {
    const fields = localeTextFields(en as LocaleFile);
    expect(fields.find((f) => f.field === 'codes.404.summary')?.code).toBe(404);
    expect(fields.find((f) => f.field === 'classes.4.name')?.code).toBeUndefined();
  });
});
