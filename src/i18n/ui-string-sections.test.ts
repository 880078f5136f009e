import { describe, expect, it } from 'vitest';
import { SCREEN_SECTIONS } from './ui-string-sections';

// Sources outside the lazily loaded screens, which render before the screens' strings are loaded.
const sources = import.meta.glob<string>('/src/**/*.{ts,tsx}', {
  query: '?raw',
  import: 'default',
  eager: true,
});
// The generated kinds' renderers too: src/ui/kind-renderers/renderers.tsx loads each of them with
// ensureScreenStrings() (index.tsx, in the first load, uses no section of these).
const LAZY_SCREEN_DIRS =
  /^\/src\/features\/(quiz|browse|stats|settings)\/|^\/src\/ui\/kind-renderers\/(?!index\.tsx$|renderers\.tsx$)/;
// Where progress is kept, shown by Settings and Stats, and the backup reminder, loaded with the strings.
const LAZY_DURABILITY = /^\/src\/pwa\/(durability-notice|backup-actions|backup-reminder)\.tsx$/;
// The storage notices, which StorageNotice loads with the screens' strings (src/ui/storage-notice.tsx),
// and the outcome of an import or restore, shown only after ensureScreenStrings().
const LAZY_NOTICES =
  /^\/src\/ui\/(storage-notice-panel|read-problem-notice|save-problem-notice|session-download|import-problem|restore-from-backup)\.tsx$/;

describe('UI-string sections loaded with the lazy screens', () => {
  it('are used by no component that renders before those screens load', () => {
    const uses = new RegExp(String.raw`\bt\(\s*['"\x60](${SCREEN_SECTIONS.join('|')})\.`, 'g');
    const found = Object.entries(sources)
      .filter(([path]) => !LAZY_SCREEN_DIRS.test(path) && !LAZY_NOTICES.test(path))
      .filter(([path]) => !LAZY_DURABILITY.test(path) && !/\.test\.tsx?$/.test(path))
      .flatMap(([path, text]) => [...text.matchAll(uses)].map((m) => `${path}: ${m[0]}`));
    expect(found).toEqual([]);
  });
});
