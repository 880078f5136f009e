import { describe, expect, it } from 'vitest';
import en from '../../data/locales/en.json';
import zhHant from '../../data/locales/zh-Hant.json';
import { ankiDeckText, type AnkiExportOptions } from './anki-export';
import { CODES } from './dataset';
import type { CodeFacts, LocaleTexts } from './dataset-schema';

const columns = { code: 'Code', name: 'Name', explanation: 'Explanation', tags: 'Tags' };
const options: AnkiExportOptions = { columns, withEnglishPhrase: false, includeUnofficial: false };

describe('Anki export', () => {
  it('starts with the header lines Anki reads, then one tab-separated note per code', () => {
    const lines = ankiDeckText(CODES, en as LocaleTexts, options)
      .trimEnd()
      .split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:false',
      '#tags column:4',
      '#columns:Code\tName\tExplanation\tTags',
    ]);
    const registered = CODES.filter((c) => c.status !== 'unofficial');
    expect(lines).toHaveLength(4 + registered.length);
    const notFound = lines.find((l) => l.startsWith('404\t'))!.split('\t');
    expect(notFound).toEqual([
      '404',
      'Not Found',
      `${en.codes['404'].summary} ${en.codes['404'].details}`,
      'http-status::4xx',
    ]);
    expect(lines.every((l) => l.startsWith('#') || l.split('\t').length === 4)).toBe(true);
  });

  it('adds unofficial codes on request, tagged, and the English phrase beside Chinese names', () => {
    const text = ankiDeckText(CODES, zhHant as LocaleTexts, {
      ...options,
      columns: { code: '狀態碼', name: '名稱', explanation: '說明', tags: '標籤' },
      withEnglishPhrase: true,
      includeUnofficial: true,
    });
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(4 + CODES.length);
    expect(lines[3]).toBe('#columns:狀態碼\t名稱\t說明\t標籤');
    expect(lines.find((l) => l.startsWith('404\t'))?.split('\t')[1]).toBe('找不到 (Not Found)');
    expect(lines.find((l) => l.startsWith('499\t'))?.split('\t')[3]).toBe(
      'http-status::4xx unofficial',
    );
  });

  it('quotes a field holding a tab, a newline or a quote, as Anki expects', () => {
    const facts: CodeFacts = { ...CODES.find((c) => c.code === 418)! };
    const texts = {
      classes: en.classes,
      codes: { '418': { ...en.codes['418'], name: 'Say "tea"', summary: 'a\tb', details: 'c\nd' } },
    } as unknown as LocaleTexts;
    const body = ankiDeckText([facts], texts, options).split('\n').slice(4).join('\n');
    expect(body).toBe('418\t"Say ""tea"""\t"a\tb c\nd"\thttp-status::4xx\n');
  });
});
