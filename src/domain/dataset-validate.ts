import { CLASS_DIGITS } from './code-classes.ts';
import { checkConfusionSets } from './confusion-set-rules.ts';
import {
  codesFileSchema,
  confusionSetsFileSchema,
  glossaryFileSchema,
  localeFileSchema,
  type CodeFacts,
  type ConfusionSet,
  type GlossaryConcept,
  type LocaleFile,
} from './dataset-schema.ts';
import {
  CODES_FILE,
  localeFile,
  problemList,
  zodProblems,
  type AddProblem,
  type DatasetProblem,
} from './dataset-problems.ts';
import { checkAliases, checkGlossary, checkLocaleTexts } from './dataset-text-rules.ts';
import { validateIntroductionOrder } from './introduction-order-validate.ts';
import { validateKnowledge, type RawKnowledge } from './knowledge-validate.ts';
import { LANGUAGES, type Language } from './language.ts';

/** Codes in the IANA HTTP Status Code Registry that the dataset must hold. */
export const REGISTERED_CODES: readonly number[] = [
  100, 101, 102, 103, 104, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303,
  304, 305, 306, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413,
  414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503,
  504, 505, 506, 507, 508, 510, 511,
];

/** The most-asked codes: each needs two or more scenarios. */
export const COMMON_CODES: readonly number[] = [
  100, 101, 200, 201, 202, 204, 206, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 406,
  409, 410, 412, 413, 415, 422, 429, 500, 502, 503, 504,
];

export type { DatasetProblem } from './dataset-problems.ts';

export interface RawDataset {
  codes: unknown;
  locales: Record<Language, unknown>;
  confusionSets: unknown;
  glossary: unknown;
  /** data/introduction-order.json: every code once, essentials first (see introduction-order.ts). */
  introductionOrder: unknown;
  /** data/knowledge/ (KNOWLEDGE-FORMAT.md); checked when given. */
  knowledge?: RawKnowledge;
}

export interface Dataset {
  codes: CodeFacts[];
  locales: Record<Language, LocaleFile>;
  confusionSets: ConfusionSet[];
  glossary: GlossaryConcept[];
}

/** Checks every dataset file against the schema and the cross-file rules; returns all problems found (empty when valid). */
export function validateDataset(raw: RawDataset): DatasetProblem[] {
  const { problems, add } = problemList();
  const parsedCodes = codesFileSchema.safeParse(raw.codes);
  if (!parsedCodes.success) {
    const arr = Array.isArray(raw.codes) ? (raw.codes as { code?: unknown }[]) : [];
    problems.push(
      ...zodProblems(CODES_FILE, parsedCodes.error.issues, (path) => {
        const c = arr[Number(path[0])]?.code;
        return typeof c === 'number' ? c : undefined;
      }),
    );
  }
  const locales: Partial<Record<Language, LocaleFile>> = {};
  for (const lang of LANGUAGES) {
    const parsed = localeFileSchema.safeParse(raw.locales[lang]);
    if (parsed.success) locales[lang] = parsed.data;
    else
      problems.push(
        ...zodProblems(localeFile(lang), parsed.error.issues, (path) =>
          path[0] === 'codes' ? Number(path[1]) : undefined,
        ),
      );
  }
  const sets = confusionSetsFileSchema.safeParse(raw.confusionSets);
  if (!sets.success) problems.push(...zodProblems(SETS_FILE, sets.error.issues));
  const glossary = glossaryFileSchema.safeParse(raw.glossary);
  if (!glossary.success) problems.push(...zodProblems(GLOSSARY_FILE, glossary.error.issues));
  else checkGlossary(glossary.data, add);
  if (!parsedCodes.success) return problems;
  problems.push(...validateIntroductionOrder(raw.introductionOrder, parsedCodes.data));
  if (raw.knowledge)
    validateKnowledge(
      raw.knowledge,
      parsedCodes.data,
      rawExamples(raw.codes),
      glossary.success ? glossary.data : undefined,
      { problems, add },
    );
  crossCheck(parsedCodes.data, locales, add);
  if (sets.success) checkConfusionSets(sets.data, parsedCodes.data, locales, add);
  if (glossary.success)
    for (const lang of LANGUAGES) {
      const texts = locales[lang];
      if (texts) checkLocaleTexts(lang, texts, glossary.data, add);
    }
  for (const lang of LANGUAGES) {
    const texts = locales[lang];
    if (texts) checkAliases(lang, texts, parsedCodes.data, add);
  }
  return problems;
}

/** Each code's example as written (the schema trims texts, but a body may end with a space). */
function rawExamples(codes: unknown): Map<number, string> {
  const out = new Map<number, string>();
  for (const c of Array.isArray(codes) ? (codes as { code?: unknown; example?: unknown }[]) : [])
    if (typeof c.code === 'number' && typeof c.example === 'string') out.set(c.code, c.example);
  return out;
}

const SETS_FILE = 'data/confusion-sets.json';
const GLOSSARY_FILE = 'data/glossary.json';
function crossCheck(
  codes: CodeFacts[],
  locales: Partial<Record<Language, LocaleFile>>,
  add: AddProblem,
): void {
  const byCode = new Map<number, CodeFacts>();
  for (const facts of codes) {
    if (byCode.has(facts.code)) add(CODES_FILE, facts.code, 'code', 'duplicated code');
    byCode.set(facts.code, facts);
  }
  for (const code of REGISTERED_CODES)
    if (!byCode.has(code)) add(CODES_FILE, code, 'code', 'registered code is missing');
  for (const facts of codes) {
    const { code } = facts;
    if (Math.floor(code / 100) !== facts.class)
      add(CODES_FILE, code, 'class', `class ${facts.class} does not match the first digit`);
    if (facts.status === 'unofficial') {
      if (REGISTERED_CODES.includes(code))
        add(CODES_FILE, code, 'status', 'a registered code cannot be unofficial');
    } else if (!REGISTERED_CODES.includes(code)) {
      add(CODES_FILE, code, 'status', 'a code missing from the registry must be unofficial');
    }
    if (new Set(facts.related).size !== facts.related.length)
      add(CODES_FILE, code, 'related', 'duplicated related code');
    for (const other of facts.related) {
      const target = byCode.get(other);
      if (other === code) add(CODES_FILE, code, 'related', 'a code cannot be related to itself');
      else if (!target) add(CODES_FILE, code, 'related', `related code ${other} does not exist`);
      else if (!target.related.includes(code))
        add(CODES_FILE, code, 'related', `${other} does not list ${code} back`);
    }
  }
  for (const lang of LANGUAGES) {
    const texts = locales[lang];
    if (!texts) continue;
    const file = localeFile(lang);
    for (const digit of CLASS_DIGITS)
      if (!texts.classes[String(digit) as '1'])
        add(file, undefined, `classes.${digit}`, 'class missing');
    for (const key of Object.keys(texts.codes))
      if (!byCode.has(Number(key)))
        add(file, Number(key), `codes.${key}`, 'code not in codes.json');
    for (const facts of codes) {
      const entry = texts.codes[String(facts.code)];
      const at = `codes.${facts.code}`;
      if (!entry) {
        add(file, facts.code, at, `locale lacks code ${facts.code}`);
        continue;
      }
      const keys = Object.keys(entry.contrasts).map(Number).sort();
      const want = [...facts.related].sort();
      if (keys.join() !== want.join())
        add(
          file,
          facts.code,
          `${at}.contrasts`,
          `contrasts [${keys.join()}] must match related [${want.join()}]`,
        );
      entry.scenarios.forEach((s, i) => {
        if (s.includes(String(facts.code)))
          add(file, facts.code, `${at}.scenarios.${i}`, 'scenario mentions its own answer');
      });
      // Who defined a code is said where no RFC says it: unofficial codes, and registered ones that
      // only a draft defines (104).
      const needsOrigin = facts.status === 'unofficial' || facts.spec.length === 0;
      if (needsOrigin && !entry.origin)
        add(file, facts.code, `${at}.origin`, 'a code without an RFC needs its origin');
      if (!needsOrigin && entry.origin)
        add(file, facts.code, `${at}.origin`, 'a code defined by an RFC names no origin');
      if (new Set(entry.scenarios).size !== entry.scenarios.length)
        add(file, facts.code, `${at}.scenarios`, 'duplicated scenario');
      if (COMMON_CODES.includes(facts.code) && entry.scenarios.length < 2)
        add(file, facts.code, `${at}.scenarios`, 'a common code needs two or more scenarios');
    }
  }
}

/** Formats problems one per line as "file: code N: field: message". */
export function formatProblems(problems: readonly DatasetProblem[]): string {
  return problems
    .map(
      (p) => `${p.file}: ${p.code === undefined ? '' : `code ${p.code}: `}${p.field}: ${p.message}`,
    )
    .join('\n');
}
