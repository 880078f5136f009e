import type { LocaleFile } from './dataset-schema.ts';

/** One text a learner reads, with where it sits in the locale file. */
export interface LocaleTextField {
  field: string;
  code?: number;
  text: string;
}

/**
 * Every text of a locale file that the app shows: class names and summaries, each code's name, summary,
 * details, origin, scenarios and contrasts, and the confusion-set rules. Search aliases are left out:
 * they are words people type, not texts the app writes.
 */
export function localeTextFields(file: LocaleFile): LocaleTextField[] {
  const out: LocaleTextField[] = [];
  for (const [digit, cls] of Object.entries(file.classes)) {
    out.push({ field: `classes.${digit}.name`, text: cls.name });
    out.push({ field: `classes.${digit}.summary`, text: cls.summary });
  }
  for (const [key, entry] of Object.entries(file.codes)) {
    const code = Number(key);
    const at = `codes.${key}`;
    for (const part of ['name', 'summary', 'details', 'origin'] as const) {
      const text = entry[part];
      if (text !== undefined) out.push({ field: `${at}.${part}`, code, text });
    }
    entry.scenarios.forEach((text, i) => out.push({ field: `${at}.scenarios.${i}`, code, text }));
    for (const [other, text] of Object.entries(entry.contrasts))
      out.push({ field: `${at}.contrasts.${other}`, code, text });
  }
  for (const [key, text] of Object.entries(file.confusionSets))
    out.push({ field: `confusionSets.${key}`, text });
  return out;
}
