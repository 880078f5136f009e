import { describe, expect, it } from 'vitest';
import en from '../../data/locales/en.json';
import zhHant from '../../data/locales/zh-Hant.json';
import type { CodeText, LocaleTexts } from '../domain/dataset-schema';
import type { Language } from '../domain/language';
import { chunkLoader, createContentStore, type LocaleLoader } from './content-store';

const GROUPS = [[100, 101], [200], [404, 405]];

const textOf = (lang: string, code: number): CodeText => ({
  name: `${lang} ${code}`,
  summary: 's',
  details: 'd',
  scenarios: ['x'],
  contrasts: {},
});

/** A loader over a tiny fixture that records what was asked. */
function fixtureLoader(fail: (lang: Language, part: string) => boolean = () => false) {
  const asked: string[] = [];
  const loader: LocaleLoader = {
    async core(lang) {
      asked.push(`${lang}:core`);
      if (fail(lang, 'core')) throw new Error('offline');
      const classes = { '1': { name: `${lang} 1xx`, summary: 's' } } as LocaleTexts['classes'];
      const names = Object.fromEntries(GROUPS.flat().map((c) => [String(c), `${lang} ${c}`]));
      return { classes, names, origins: {} };
    },
    async aliases(lang) {
      asked.push(`${lang}:aliases`);
      if (fail(lang, 'aliases')) throw new Error('offline');
      return Object.fromEntries(GROUPS.flat().map((c) => [String(c), [`${lang} alias ${c}`]]));
    },
    async group(lang, group) {
      asked.push(`${lang}:${group}`);
      if (fail(lang, String(group))) throw new Error('offline');
      return Object.fromEntries((GROUPS[group] ?? []).map((c) => [String(c), textOf(lang, c)]));
    },
  };
  return { loader, asked };
}

describe('content store', () => {
  it('loads only the group holding the asked code', async () => {
    const { loader, asked } = fixtureLoader();
    const store = createContentStore(loader, GROUPS);
    const text = await store.getState().loadCode('en', 405);
    expect(text?.name).toBe('en 405');
    expect(asked).toEqual(['en:2']);
    expect(store.getState().codes.en?.['404']?.name).toBe('en 404');
    expect(store.getState().codes.en?.['100']).toBeUndefined();
    expect(store.getState().texts.en).toBeUndefined();
  });

  it('serves class texts and code names from the core alone', async () => {
    const { loader, asked } = fixtureLoader();
    const store = createContentStore(loader, GROUPS);
    expect((await store.getState().loadClass('zh-Hans', 1))?.name).toBe('zh-Hans 1xx');
    expect((await store.getState().loadCore('zh-Hans'))?.names['405']).toBe('zh-Hans 405');
    expect(asked).toEqual(['zh-Hans:core']);
  });

  it('asks nothing for a code the dataset lacks', async () => {
    const { loader, asked } = fixtureLoader();
    const store = createContentStore(loader, GROUPS);
    expect(await store.getState().loadCode('en', 999)).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('completes a language once the core and every group are in, loading each part once', async () => {
    const { loader, asked } = fixtureLoader();
    const store = createContentStore(loader, GROUPS);
    await Promise.all([store.getState().loadCode('en', 200), store.getState().loadCode('en', 200)]);
    const texts = await store.getState().load('en');
    expect(Object.keys(texts?.codes ?? {}).sort()).toEqual(['100', '101', '200', '404', '405']);
    expect(texts?.classes['1']?.name).toBe('en 1xx');
    expect(store.getState().texts.en).toBe(texts);
    expect([...asked].sort()).toEqual(['en:0', 'en:1', 'en:2', 'en:core']);
    expect(await store.getState().load('en')).toBe(texts);
    expect(asked).toHaveLength(4);
  });

  it('marks a failed language and retries only the failed part on the next load', async () => {
    let offline = true;
    const { loader, asked } = fixtureLoader((_, part) => offline && part === '1');
    const store = createContentStore(loader, GROUPS);
    expect(await store.getState().load('zh-Hant')).toBeUndefined();
    expect(store.getState().failed['zh-Hant']).toBe(true);
    expect(store.getState().codes['zh-Hant']?.['100']).toBeDefined();
    offline = false;
    asked.length = 0;
    expect(await store.getState().load('zh-Hant')).toBeDefined();
    expect(asked).toEqual(['zh-Hant:1']);
    expect(store.getState().failed['zh-Hant']).toBeUndefined();
  });

  it('settles once what was asked has arrived', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const { loader } = fixtureLoader();
    const store = createContentStore(
      {
        core: loader.core,
        aliases: loader.aliases,
        group: async (l, g) => (await gate, loader.group(l, g)),
      },
      GROUPS,
    );
    void store.getState().loadCode('en', 100);
    let settled = false;
    const done = store
      .getState()
      .settled()
      .then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    release();
    await done;
    expect(store.getState().codes.en?.['100']).toBeDefined();
  });

  it('rebuilds each language exactly from data/locales through the build-time chunks', async () => {
    const store = createContentStore(chunkLoader);
    // Search aliases and confusion-set rules stay out of the loaded texts: aliases load on their own.
    const withoutAliases = (codes: Record<string, CodeText>) =>
      Object.fromEntries(
        Object.entries(codes).map(([code, text]) => {
          const rest: CodeText = { ...text };
          delete rest.aliases;
          return [code, rest];
        }),
      );
    expect(await store.getState().load('en')).toEqual({
      classes: en.classes,
      codes: withoutAliases(en.codes as Record<string, CodeText>),
    });
    expect(await store.getState().load('zh-Hant')).toEqual({
      classes: zhHant.classes,
      codes: withoutAliases(zhHant.codes as Record<string, CodeText>),
    });
    const core = await store.getState().loadCore('en');
    expect(core?.names['404']).toBe(en.codes['404'].name);
    expect(await store.getState().loadAliases('zh-Hant')).toEqual(
      Object.fromEntries(Object.entries(zhHant.codes).map(([code, t]) => [code, t.aliases])),
    );
  });

  it('loads the search aliases on their own, and only when asked', async () => {
    const { loader, asked } = fixtureLoader();
    const store = createContentStore(loader, GROUPS);
    await store.getState().load('en');
    expect(asked).not.toContain('en:aliases');
    expect((await store.getState().loadAliases('en'))?.['404']).toEqual(['en alias 404']);
    expect(asked.filter((a) => a === 'en:aliases')).toHaveLength(1);
  });
});
