#!/usr/bin/env node
// Renders every PNG app icon from the one SVG source, public/icon.svg, into public/icons/.
// The PNGs are committed (so `npm ci && npm start` needs no native step); the unit test
// src/pwa/build/icons.test.ts fails when they no longer match a fresh render of the SVG.
// Run `node scripts/generate-icons.mjs` after editing the SVG.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

/** Where the source and the PNGs live, relative to the repository root. */
export const ICON_SOURCE = 'public/icon.svg';
export const ICON_DIR = 'public/icons';

/** Background of full-bleed icons: the SVG's own rounded-square colour. */
const BLEED = '#1f5fbf';

/**
 * The source drawn on a full square (no transparent corners) and shrunk into the maskable safe
 * zone: launchers crop maskable icons to any shape, iOS fills transparency with black.
 */
function fullBleed(svg, scale) {
  const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const size = 512 * scale;
  const offset = (512 - size) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" fill="${BLEED}"/>
  <svg x="${offset}" y="${offset}" width="${size}" height="${size}" viewBox="0 0 512 512">${inner}</svg>
</svg>`;
}

/** Every icon the app declares: file name, pixel size and how it is drawn from the source. */
export const ICONS = [
  { file: 'icon-192.png', size: 192, bleed: false },
  { file: 'icon-512.png', size: 512, bleed: false },
  { file: 'maskable-512.png', size: 512, bleed: true },
  { file: 'apple-touch-icon-180.png', size: 180, bleed: true },
];

/** Renders one icon of ICONS from the SVG text to PNG bytes. */
export function renderIcon(svg, icon) {
  const source = icon.bleed ? fullBleed(svg, 0.84) : svg;
  const resvg = new Resvg(source, {
    fitTo: { mode: 'width', value: icon.size },
    font: { loadSystemFonts: false },
  });
  return resvg.render().asPng();
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const svg = readFileSync(`${root}${ICON_SOURCE}`, 'utf8');
  mkdirSync(`${root}${ICON_DIR}`, { recursive: true });
  for (const icon of ICONS) {
    writeFileSync(`${root}${ICON_DIR}/${icon.file}`, renderIcon(svg, icon));
    console.log(`public/icons/${icon.file} (${icon.size}×${icon.size})`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
