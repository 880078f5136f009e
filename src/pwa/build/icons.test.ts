import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_DIR, ICON_SOURCE, ICONS, renderIcon } from '../../../scripts/generate-icons.mjs';
import { MANIFEST_ICONS } from './pwa-options';

const at = (path: string) => resolve(process.cwd(), path);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('app icons', () => {
  it('every PNG the manifest declares exists at its stated size', () => {
    const pngs = MANIFEST_ICONS.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((i) => i.sizes)).toEqual(['192x192', '512x512', '512x512']);
    expect(pngs.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of pngs) {
      const { width, height } = pngSize(readFileSync(at(`public/${icon.src}`)));
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
  });

  it('the SVG the manifest and the favicon link declare is the one source', () => {
    const svg = MANIFEST_ICONS.find((i) => i.type === 'image/svg+xml');
    expect(`public/${svg?.src}`).toBe(ICON_SOURCE);
    expect(readFileSync(at('index.html'), 'utf8')).toContain(
      `<link rel="icon" href="/${svg?.src}" type="image/svg+xml" />`,
    );
  });

  it('the committed PNGs are what scripts/generate-icons.mjs renders from public/icon.svg now', () => {
    const svg = readFileSync(at(ICON_SOURCE), 'utf8');
    for (const icon of ICONS) {
      const committed = readFileSync(at(`${ICON_DIR}/${icon.file}`));
      expect(pngSize(committed)).toEqual({ width: icon.size, height: icon.size });
      const fresh = renderIcon(svg, icon);
      expect(
        committed.equals(fresh),
        `${icon.file} is stale: run node scripts/generate-icons.mjs`,
      ).toBe(true);
    }
  });

  it('the apple-touch icon linked from index.html is 180 px and opaque-backed', () => {
    const html = readFileSync(at('index.html'), 'utf8');
    const href = /<link rel="apple-touch-icon" href="\/([^"]+)"/.exec(html)?.[1];
    expect(href).toBe('icons/apple-touch-icon-180.png');
    expect(ICONS.find((i) => i.file === 'apple-touch-icon-180.png')?.bleed).toBe(true);
    expect(pngSize(readFileSync(at(`public/${href}`)))).toEqual({
      width: 180,
      height: 180,
    });
  });
});
