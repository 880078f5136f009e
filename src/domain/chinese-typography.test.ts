import { describe, expect, it } from 'vitest';
import { typographySlips } from './chinese-typography';

const messages = (text: string) => typographySlips(text).map((s) => s.message);

describe('typographySlips (Chinese formatting rules)', () => {
  it('accepts well-formed text', () => {
    expect(
      messages('服务器返回 404 状态码（资源不存在）。详见 RFC 9110 (HTTP Semantics)。'),
    ).toEqual([]);
    expect(messages('「還在忙」(WebDAV)，之後還會有最終回應。')).toEqual([]);
  });

  it('finds a space beside full-width punctuation', () => {
    expect(messages('返回 404 。')).toEqual(['a space beside full-width punctuation']);
    expect(messages('成功， 然后')).toEqual(['a space beside full-width punctuation']);
  });

  it('finds half-width punctuation beside Chinese', () => {
    expect(messages('服务器,客户端')).toEqual([
      'half-width punctuation beside Chinese (write ，；：！？)',
    ]);
  });

  it('wants full-width parentheses around Chinese and half-width ones around ASCII', () => {
    expect(messages('(未使用)')).toEqual(['half-width parentheses around Chinese (write （…）)']);
    expect(messages('扩展框架（RFC 2774）：')).toEqual([
      'full-width parentheses around ASCII-only content (write (…))',
    ]);
  });

  it('wants one space between Chinese and Latin letters or digits, and none between two Chinese characters', () => {
    expect(messages('返回404状态码')).toHaveLength(2);
    expect(messages('华氏451度')).toHaveLength(2);
    expect(messages('協商(RFC 2295)')).toEqual([
      'no space between Chinese and a half-width parenthesis',
    ]);
    expect(messages('服务器 返回')).toEqual(['a space between two Chinese characters']);
  });

  it('quotes the text around each slip', () => {
    expect(typographySlips('很长的一段中文文字，然后返回404状态码给客户端')[0]?.excerpt).toContain(
      '返回404',
    );
  });
});
