import { describe, expect, it } from 'vitest';
import { formatList } from './list-format';

describe('formatList', () => {
  it('joins with the language’s own words', () => {
    expect(formatList(['5 new codes', '3 reviews'], 'en')).toBe('5 new codes and 3 reviews');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
  });

  it('keeps one space between a Chinese word and a number, as the glossary’s rules ask', () => {
    expect(formatList(['10 個新狀態碼要學', '10 道關於已學狀態碼的新題'], 'zh-Hant')).toBe(
      '10 個新狀態碼要學和 10 道關於已學狀態碼的新題',
    );
    expect(formatList(['3 个新状态码要学', '2 道新题', '5 张卡片要复习'], 'zh-Hans')).toBe(
      '3 个新状态码要学、2 道新题和 5 张卡片要复习',
    );
    expect(formatList(['新卡片', '複習'], 'zh-Hant')).toBe('新卡片和複習');
  });
});
