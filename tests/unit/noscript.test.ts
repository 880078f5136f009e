import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/domain/language';

describe('index.html without JavaScript', () => {
  it('says in each language, inside <noscript>, that the app needs JavaScript', () => {
    const html = readFileSync('index.html', 'utf8');
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    for (const lang of LANGUAGES) {
      const paragraph = new RegExp(`<p lang="${lang}">([^<]+)</p>`).exec(noscript)?.[1] ?? '';
      expect(paragraph, lang).toMatch(/JavaScript/);
    }
  });
});
