import { confusionSetKey } from './confusion-sets.ts';
import type { CodeFacts, ConfusionSet, LocaleFile } from './dataset-schema.ts';
import { localeFile, type AddProblem } from './dataset-problems.ts';
import { LANGUAGES, type Language } from './language.ts';

const SETS_FILE = 'data/confusion-sets.json';

/**
 * Each confusion set names existing codes in ascending order, once; every two codes of a set are related
 * (so each has a contrast sentence for the other in every language); every language has the set's rule.
 */
export function checkConfusionSets(
  sets: readonly ConfusionSet[],
  codes: readonly CodeFacts[],
  locales: Partial<Record<Language, LocaleFile>>,
  add: AddProblem,
): void {
  const byCode = new Map(codes.map((c) => [c.code, c]));
  const keys = new Set<string>();
  sets.forEach((set, i) => {
    const key = confusionSetKey(set);
    const at = `${i}.codes`;
    if (keys.has(key)) add(SETS_FILE, undefined, at, `set ${key} is listed twice`);
    keys.add(key);
    if (set.codes.some((c, j) => j > 0 && c <= set.codes[j - 1]!))
      add(SETS_FILE, undefined, at, `set ${key}: list the codes once each, in ascending order`);
    for (const code of set.codes) {
      const facts = byCode.get(code);
      if (!facts) {
        add(SETS_FILE, code, at, `set ${key}: code ${code} is not in codes.json`);
        continue;
      }
      for (const other of set.codes)
        if (other !== code && !facts.related.includes(other))
          add(
            'data/codes.json',
            code,
            'related',
            `set ${key}: ${code} must list ${other} as related`,
          );
    }
  });
  for (const lang of LANGUAGES) {
    const texts = locales[lang];
    if (!texts) continue;
    for (const key of keys)
      if (!texts.confusionSets[key])
        add(localeFile(lang), undefined, `confusionSets.${key}`, 'the rule of this set is missing');
    for (const key of Object.keys(texts.confusionSets))
      if (!keys.has(key))
        add(
          localeFile(lang),
          undefined,
          `confusionSets.${key}`,
          'no such set in confusion-sets.json',
        );
  }
}
