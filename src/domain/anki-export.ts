import type { CodeFacts, LocaleTexts } from './dataset-schema';

export interface AnkiExportOptions {
  /** Column names as the user reads them (Anki shows them when mapping columns to fields). */
  columns: { code: string; name: string; explanation: string; tags: string };
  /** Put the English reason phrase after the name, e.g. "未找到 (Not Found)"; for Chinese decks. */
  withEnglishPhrase: boolean;
  /** Include codes that are not in the IANA registry. */
  includeUnofficial: boolean;
}

/** A field as Anki's text importer reads it: quoted when it holds a tab, newline or quote. */
function field(text: string): string {
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The deck as a tab-separated text file for Anki's "Import File": header lines (#separator:tab,
 * #html:false, #tags column, #columns), then one note per code: code, name, explanation (summary and
 * details) and tags (class and, for unofficial codes, "unofficial"). Codes without texts are skipped.
 */
export function ankiDeckText(
  codes: readonly CodeFacts[],
  texts: LocaleTexts,
  options: AnkiExportOptions,
): string {
  const { columns } = options;
  const lines = [
    '#separator:tab',
    '#html:false',
    '#tags column:4',
    `#columns:${[columns.code, columns.name, columns.explanation, columns.tags].map((c) => c.replace(/\t/g, ' ')).join('\t')}`,
  ];
  for (const facts of codes) {
    const unofficial = facts.status === 'unofficial';
    if (unofficial && !options.includeUnofficial) continue;
    const text = texts.codes[String(facts.code)];
    if (!text) continue;
    const name =
      options.withEnglishPhrase && text.name !== facts.phrase
        ? `${text.name} (${facts.phrase})`
        : text.name;
    const tags = [`http-status::${facts.class}xx`, ...(unofficial ? ['unofficial'] : [])].join(' ');
    lines.push(
      [String(facts.code), name, `${text.summary} ${text.details}`, tags].map(field).join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}
