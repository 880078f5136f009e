import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerPolicy, headersFor, parseHeadersFile, withPolicy } from './security-headers';

const HTML = `<head><meta
      http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'"
    /></head>`;
const HEADERS = readFileSync('public/_headers', 'utf8');

describe('security headers', () => {
  it("sends index.html's own policy, hashes included, plus frame-ancestors 'none'", () => {
    expect(headerPolicy(HTML)).toBe(
      "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'; frame-ancestors 'none'",
    );
    expect(() => headerPolicy('<head></head>')).toThrow(/no Content-Security-Policy/);
  });

  it('ships public/_headers with the policy added, and forbids framing on every path', () => {
    const rules = parseHeadersFile(withPolicy(HEADERS, HTML));
    for (const path of ['/', '/study', '/browse/404', '/assets/index-x.js']) {
      const headers = Object.fromEntries(headersFor(rules, path));
      expect(headers).toMatchObject({
        'Content-Security-Policy': headerPolicy(HTML),
        'X-Frame-Options': 'DENY',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      });
    }
  });

  it('reads the _headers syntax of Netlify and Cloudflare Pages, and refuses what it cannot read', () => {
    const rules = parseHeadersFile('# c\n/*\n  A: 1\n/assets/*\n  B: x: y\n/robots.txt\n  C: 3\n');
    expect(headersFor(rules, '/assets/a.js')).toEqual([
      ['A', '1'],
      ['B', 'x: y'],
    ]);
    expect(headersFor(rules, '/robots.txt')).toEqual([
      ['A', '1'],
      ['C', '3'],
    ]);
    expect(() => parseHeadersFile('  A: 1\n')).toThrow(/cannot read/);
    expect(() => withPolicy('/assets/*\n  A: 1\n', HTML)).toThrow(/"\/\*" block/);
  });
});
