import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/domain/language';
import { foreignScriptChars, scriptViolations, stringLeaves } from './script-purity';

const files = import.meta.glob<Record<string, unknown>>('../../src/i18n/locales/*/*.json', {
  eager: true,
  import: 'default',
});

function section(lang: string, name: string): Record<string, unknown> | undefined {
  return files[`../../src/i18n/locales/${lang}/${name}.json`];
}

const sectionNames = [
  ...new Set(Object.keys(files).map((p) => p.split('/').pop()!.replace('.json', ''))),
];

describe('UI strings', () => {
  it('every language has every section file', () => {
    for (const lang of LANGUAGES)
      for (const name of sectionNames)
        expect(section(lang, name), `${lang}/${name}.json`).toBeDefined();
  });

  it('every key of every language exists and is non-empty in the others', () => {
    for (const name of sectionNames) {
      const keysOf = (lang: string) =>
        new Map(stringLeaves(section(lang, name)).map(([k, v]) => [k, v.trim()]));
      for (const a of LANGUAGES)
        for (const b of LANGUAGES) {
          if (a === b) continue;
          const other = keysOf(b);
          const missing = [...keysOf(a).keys()].filter((k) => !other.get(k));
          expect(missing, `keys of ${a}/${name}.json missing or empty in ${b}`).toEqual([]);
        }
    }
  });

  it('section files do not define the same top-level key twice', () => {
    const seen = new Map<string, string>();
    for (const name of sectionNames)
      for (const key of Object.keys(section('en', name) ?? {})) {
        expect(seen.get(key), `"${key}" in ${name}.json and ${seen.get(key)}.json`).toBeUndefined();
        seen.set(key, name);
      }
  });

  it('zh-Hans has no Traditional-only and zh-Hant no Simplified-only characters', () => {
    for (const name of sectionNames) {
      expect(scriptViolations(section('zh-Hans', name), 'zh-Hans'), `zh-Hans/${name}`).toEqual([]);
      expect(scriptViolations(section('zh-Hant', name), 'zh-Hant'), `zh-Hant/${name}`).toEqual([]);
    }
  });

  it('the script check itself catches characters of the other script', () => {
    expect(foreignScriptChars('伺服器回應', 'zh-Hans')).toEqual(['應']);
    expect(foreignScriptChars('服务器响应', 'zh-Hant')).toEqual(['务', '响', '应']);
    expect(foreignScriptChars('服務器', 'zh-Hant')).toEqual([]);
    // Decided by context: 什么 is Simplified, 么 alone is not; 占用 is not Taiwan's 佔用.
    expect(foreignScriptChars('为什么', 'zh-Hans')).toEqual([]);
    expect(foreignScriptChars('么', 'zh-Hans')).toEqual(['么']);
    expect(foreignScriptChars('占用', 'zh-Hant')).toEqual(['占']);
    expect(foreignScriptChars('台灣', 'zh-Hant')).toEqual([]);
  });
});
