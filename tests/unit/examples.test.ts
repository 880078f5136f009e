import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CodeFacts } from '../../src/domain/dataset-schema';

const codes = JSON.parse(
  readFileSync(resolve(process.cwd(), 'data/codes.json'), 'utf8'),
) as CodeFacts[];

interface ExampleResponse {
  code: number;
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** The example responses (log lines such as nginx's 444 are left out), split into status, headers, body. */
const responses: ExampleResponse[] = codes.flatMap(({ code, example }) => {
  if (!example?.startsWith('HTTP/')) return [];
  const [head = '', ...rest] = example.split('\n\n');
  const [statusLine = '', ...fields] = head.split('\n');
  const headers = new Map(
    fields.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const;
    }),
  );
  return [{ code, status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\n\n') }];
});

// 1xx, 204 and 304 responses end with their header section (RFC 9110 §6.4.1).
const bodiless = (status: number) => status < 200 || status === 204 || status === 304;
const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('example responses', () => {
  it('are found for most codes', () => {
    expect(responses.length).toBeGreaterThan(70);
  });

  it('carry exactly the body their Content-Length announces', () => {
    const wrong = responses.flatMap(({ code, headers, body }) => {
      const length = headers.get('content-length');
      if (length === undefined) return [];
      return Number(length) === bytes(body)
        ? []
        : [`${code}: Content-Length ${length}, body of ${bytes(body)} bytes`];
    });
    expect(wrong).toEqual([]);
  });

  it('show a body wherever a Content-Type promises one, and announce its length', () => {
    const wrong = responses.flatMap(({ code, status, headers, body }) => {
      if (bodiless(status)) return body ? [`${code}: a ${status} response has no content`] : [];
      if (headers.has('content-type') && !body) return [`${code}: Content-Type but no body`];
      if (body && !headers.has('content-length') && !headers.has('transfer-encoding'))
        return [`${code}: a body without Content-Length`];
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('show WebDAV multistatus and precondition bodies as XML', () => {
    for (const code of [207, 208, 423, 424, 507]) {
      const response = responses.find((r) => r.code === code);
      expect(response?.headers.get('content-type'), `${code}`).toMatch(/^application\/xml/);
      expect(response?.body, `${code}`).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<D:/);
    }
  });
});
