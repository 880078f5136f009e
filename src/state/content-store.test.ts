import { describe, expect, it, vi } from 'vitest';
import en from '../../data/locales/en.json';
import zhHant from '../../data/locales/zh-Hant.json';
import type { LocaleTexts } from '../domain/dataset-schema';
import { createContentStore, loadTextGroup, type LocaleLoader } from './content-store';

const GROUPS = [[100, 101], [200], [404, 405]];

/** A loader over a tiny fixture that records what was asked. */
function fixtureLoader() {
  const asked: string[] = [];
  const loader = vi.fn<LocaleLoader>(async (lang, group) => {
    asked.push(`${lang}:${group}`);
    const codes = GROUPS[group] ?? [];
    const part: LocaleTexts = { classes: {} as LocaleTexts['classes'], codes: {} };
    for (const code of codes) {
      const text = {
        name: `${lang} ${code}`,
        summary: 's',
        details: 'd',
        scenarios: ['x'],
        contrasts: {},
      };
      part.codes[String(code)] = text;
      part.classes[String(code)[0] as '1'] = { name: `${lang} class`, summary: 's' };
    }
    return part;
  });
  return { loader, asked };
}

describe('content store', () => {
  it('loads only the group holding the asked code', async () => {
    const { loader, asked } = fixtureLoader();
    const store = createContentStore(loader, GROUPS);
    const text = await store.getState().loadCode('en', 405);
    expect(text?.name).toBe('en 405');
    expect(asked).toEqual(['en:2']);
    expect(store.getState().parts.en?.codes['404']?.name).toBe('en 404');
    expect(store.getState().parts.en?.codes['100']).toBeUndefined();
    expect(store.getState().texts.en).toBeUndefined();
  });

  it('loads a class through its first group', async () => {
    const { loader, asked } = fixtureLoader();
    const store = createContentStore(loader, GROUPS);
    expect((await store.getState().loadClass('zh-Hans', 4))?.name).toBe('zh-Hans class');
    expect(asked).toEqual(['zh-Hans:2']);
  });

  it('asks nothing for a code or class the dataset lacks', async () => {
    const { loader } = fixtureLoader();
    const store = createContentStore(loader, GROUPS);
    expect(await store.getState().loadCode('en', 999)).toBeUndefined();
    expect(await store.getState().loadClass('en', 9)).toBeUndefined();
    expect(loader).not.toHaveBeenCalled();
  });

  it('completes a language once every group is in, loading each group once', async () => {
    const { loader, asked } = fixtureLoader();
    const store = createContentStore(loader, GROUPS);
    await Promise.all([store.getState().loadCode('en', 200), store.getState().loadCode('en', 200)]);
    const texts = await store.getState().load('en');
    expect(Object.keys(texts?.codes ?? {}).sort()).toEqual(['100', '101', '200', '404', '405']);
    expect(store.getState().texts.en).toBe(texts);
    expect(asked.sort()).toEqual(['en:0', 'en:1', 'en:2']);
    expect(await store.getState().load('en')).toBe(texts);
    expect(asked).toHaveLength(3);
  });

  it('marks a failed language and retries the failed group on the next load', async () => {
    const { loader } = fixtureLoader();
    let fail = true;
    const flaky: LocaleLoader = (lang, group) =>
      fail && group === 1 ? Promise.reject(new Error('offline')) : loader(lang, group);
    const store = createContentStore(flaky, GROUPS);
    expect(await store.getState().load('zh-Hant')).toBeUndefined();
    expect(store.getState().failed['zh-Hant']).toBe(true);
    expect(store.getState().parts['zh-Hant']?.codes['100']).toBeDefined();
    fail = false;
    expect(await store.getState().load('zh-Hant')).toBeDefined();
    expect(store.getState().failed['zh-Hant']).toBeUndefined();
  });

  it('settles once what was asked has arrived', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const { loader } = fixtureLoader();
    const store = createContentStore(async (l, g) => {
      await gate;
      return loader(l, g);
    }, GROUPS);
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
    expect(store.getState().parts.en?.codes['100']).toBeDefined();
  });

  it('rebuilds each language exactly from data/locales through the build-time chunks', async () => {
    const store = createContentStore(loadTextGroup);
    expect(await store.getState().load('en')).toEqual(en);
    expect(await store.getState().load('zh-Hant')).toEqual(zhHant);
  });
});
