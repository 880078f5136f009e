import { describe, expect, it } from 'vitest';
import { detectLanguage, resolveLanguage } from './detect-language';

describe('language detection', () => {
  it('prefers the stored choice when it is one of ours', () => {
    expect(detectLanguage('zh-Hant', ['en-US'])).toBe('zh-Hant');
    expect(detectLanguage('en', ['zh-CN'])).toBe('en');
  });

  it('ignores a stored value that is not one of our languages', () => {
    expect(detectLanguage('klingon', ['zh-TW'])).toBe('zh-Hant');
    expect(detectLanguage(null, ['zh-CN'])).toBe('zh-Hans');
  });

  it('maps Chinese regions and scripts like the rest of the app', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN', 'zh_TW'])
      expect(detectLanguage(null, [tag]), tag).toBe('zh-Hant');
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-HK'])
      expect(detectLanguage(null, [tag]), tag).toBe('zh-Hans');
    expect(detectLanguage(null, ['en-GB'])).toBe('en');
  });

  it('takes the first browser language we ship, else English', () => {
    expect(detectLanguage(undefined, ['fr-FR', 'zh-HK', 'en'])).toBe('zh-Hant');
    expect(detectLanguage(undefined, ['ja', 'de'])).toBe('en');
    expect(detectLanguage(undefined, [])).toBe('en');
  });

  it('resolves any tag to a language', () => {
    expect(resolveLanguage('ZH-tw')).toBe('zh-Hant');
    expect(resolveLanguage(undefined)).toBe('en');
  });
});
