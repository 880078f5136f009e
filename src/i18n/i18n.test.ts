import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '../domain/language';
import { createI18n, ensureScreenStrings, LANGUAGE_STORAGE_KEY, loadUiStrings } from './i18n';

const sections = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

describe('i18n', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("loads a language's UI strings as the merge of its section files", async () => {
    for (const lang of LANGUAGES) {
      const files = Object.entries(sections).filter(([p]) => p.startsWith(`./locales/${lang}/`));
      expect(files.length).toBeGreaterThan(0);
      expect(await loadUiStrings(lang)).toEqual(Object.assign({}, ...files.map(([, s]) => s)));
    }
  });

  it('starts in the stored language, then follows the browser', async () => {
    vi.stubGlobal('navigator', { ...navigator, languages: ['zh-TW'], language: 'zh-TW' });
    expect((await createI18n()).language).toBe('zh-Hant');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect((await createI18n()).language).toBe('en');
  });

  it('remembers a language chosen in the app, not the detected one', async () => {
    vi.stubGlobal('navigator', { ...navigator, languages: ['zh-CN'], language: 'zh-CN' });
    const i18n = await createI18n();
    expect(i18n.language).toBe('zh-Hans');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
    await i18n.changeLanguage('zh-Hant');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-Hant');
    expect(i18n.t('nav.study')).toBe('學習');
  });

  it("starts with the first-load sections and adds the lazy screens' sections on demand", async () => {
    const i18n = await createI18n({ language: 'zh-Hans' });
    expect(i18n.t('nav.study')).toBe('学习');
    expect(i18n.exists('quiz.title')).toBe(false);
    await ensureScreenStrings();
    expect(i18n.exists('quiz.title')).toBe(true);
    expect(i18n.exists('settings.title')).toBe(true);
  });

  it('loads a language chosen later whole, before switching to it', async () => {
    const i18n = await createI18n({ language: 'en' });
    await i18n.changeLanguage('zh-Hant');
    expect(i18n.exists('browse.title')).toBe(true);
    expect(i18n.t('nav.study')).toBe('學習');
  });
});
