import type { ClassText, CodeFacts, CodeText } from './dataset-schema';

/**
 * How strongly a query token matched one code; higher ranks first. A code's number comes first, then
 * its names and search aliases (the words people use), then its class name, then its texts.
 */
const WEIGHT = {
  codeExact: 1000,
  codePrefix: 500,
  classPattern: 400,
  nameExact: 320,
  aliasExact: 300,
  nameStart: 220,
  aliasStart: 200,
  name: 160,
  alias: 150,
  formerPhrase: 120,
  className: 100,
  header: 90,
  summary: 50,
  details: 20,
} as const;

type Field = 'name' | 'alias' | 'formerPhrase' | 'className' | 'header' | 'summary' | 'details';
const FIELDS: readonly Field[] = [
  'name',
  'alias',
  'formerPhrase',
  'className',
  'header',
  'summary',
  'details',
];

interface IndexedCode {
  code: number;
  digits: string;
  classDigit: number;
  /** Among equal scores: 0 essential, 1 other registered, 2 retired (deprecated, unused) or unofficial. */
  tier: number;
  /** Normalised texts per field, over every language loaded when the index was built. */
  fields: Record<Field, string[]>;
}

/** One search hit: the code and its score (only the order of scores is meaningful). */
export interface SearchHit {
  code: number;
  score: number;
}

/**
 * One language's texts as far as they have loaded: every code's name (a small chunk), and the full
 * texts (summary, details) once the whole language is there.
 */
export interface SearchTexts {
  names?: Readonly<Record<string, string>> | undefined;
  codes?: Readonly<Record<string, CodeText>> | undefined;
  /** The search aliases per code, when loaded on their own (else those of the full texts count). */
  aliases?: Readonly<Record<string, readonly string[]>> | undefined;
  /** The class names (with the core): "Redirection" finds every 3xx. */
  classes?: Readonly<Partial<Record<string, ClassText>>> | undefined;
}

export interface CodeSearchOptions {
  /** Codes that rank first among equal hits (data/essentials.json). */
  essentials?: readonly number[];
}

/** A search index over the dataset, built once; `search` is pure and allocation-light. */
export interface CodeSearchIndex {
  /**
   * Codes matching every token of `query`, best first (ties: essential, then registered, then retired or
   * unofficial codes, then code order); empty query → [].
   */
  search: (query: string) => SearchHit[];
}

/**
 * Folds text for matching: NFKC (full-width "４０４"/"ＮＯＴ" → "404"/"NOT", ideographic space → space),
 * lower case, and runs of spaces, hyphens, underscores and slashes become one space.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_/]+/g, ' ')
    .trim();
}

function tokensOf(query: string): string[] {
  return normalizeSearchText(query).split(' ').filter(Boolean);
}

function scoreField(values: readonly string[], token: string, field: Field): number {
  let best = 0;
  for (const value of values) {
    if (!value.includes(token)) continue;
    let score: number;
    if (field === 'name') {
      score =
        value === token
          ? WEIGHT.nameExact
          : value.startsWith(token)
            ? WEIGHT.nameStart
            : WEIGHT.name;
    } else if (field === 'alias') {
      score =
        value === token
          ? WEIGHT.aliasExact
          : value.startsWith(token)
            ? WEIGHT.aliasStart
            : WEIGHT.alias;
    } else {
      score = WEIGHT[field];
    }
    if (score > best) best = score;
  }
  return best;
}

function scoreToken(doc: IndexedCode, token: string): number {
  // Digits match code numbers only, by prefix: "41" lists 410–419 and not every text mentioning 41.
  if (/^\d{1,3}$/.test(token)) {
    if (doc.digits === token) return WEIGHT.codeExact;
    return doc.digits.startsWith(token) ? WEIGHT.codePrefix : 0;
  }
  if (/^[1-5]xx$/.test(token)) return Number(token[0]) === doc.classDigit ? WEIGHT.classPattern : 0;
  let best = 0;
  for (const field of FIELDS) {
    const score = scoreField(doc.fields[field], token, field);
    if (score > best) best = score;
  }
  return best;
}

const RETIRED_OR_UNOFFICIAL: ReadonlySet<CodeFacts['status']> = new Set([
  'deprecated',
  'unused',
  'unofficial',
]);

/**
 * Builds the index from the codes' facts (reason phrase, former phrases, header fields) and the texts of
 * every language given (names and class names; aliases, summaries and details where the full texts are
 * given). Among equal scores, essential codes come first, then other registered ones, then retired and
 * unofficial ones.
 */
export function buildCodeSearchIndex(
  codes: readonly CodeFacts[],
  languages: readonly SearchTexts[],
  options: CodeSearchOptions = {},
): CodeSearchIndex {
  const essentials = new Set(options.essentials ?? []);
  const docs: IndexedCode[] = codes.map((facts) => {
    const key = String(facts.code);
    const names: string[] = [facts.phrase];
    const aliases: string[] = [];
    const classNames: string[] = [];
    const summaries: string[] = [];
    const details: string[] = [];
    for (const lang of languages) {
      const text = lang.codes?.[key];
      const name = text?.name ?? lang.names?.[key];
      if (name) names.push(name);
      const className = lang.classes?.[String(facts.class)]?.name;
      if (className) classNames.push(className);
      aliases.push(...(lang.aliases?.[key] ?? text?.aliases ?? []));
      if (text) {
        summaries.push(text.summary);
        details.push(text.details);
      }
    }
    return {
      code: facts.code,
      digits: key,
      classDigit: facts.class,
      tier: essentials.has(facts.code) ? 0 : RETIRED_OR_UNOFFICIAL.has(facts.status) ? 2 : 1,
      fields: {
        name: names.map(normalizeSearchText),
        alias: aliases.map(normalizeSearchText),
        formerPhrase: facts.formerPhrases.map(normalizeSearchText),
        className: classNames.map(normalizeSearchText),
        header: facts.headers.map(normalizeSearchText),
        summary: summaries.map(normalizeSearchText),
        details: details.map(normalizeSearchText),
      },
    };
  });
  const tierOf = new Map(docs.map((d) => [d.code, d.tier]));

  return {
    search(query) {
      const tokens = tokensOf(query);
      if (tokens.length === 0) return [];
      const whole = tokens.join(' ');
      const hits: SearchHit[] = [];
      for (const doc of docs) {
        let total = 0;
        for (const token of tokens) {
          const score = scoreToken(doc, token);
          if (score === 0) {
            total = 0;
            break;
          }
          total += score;
        }
        if (total === 0) continue;
        // A multi-word query that is a whole name ("not found") or alias ("rate limit") beats one whose
        // words are scattered.
        if (tokens.length > 1) {
          if (doc.fields.name.includes(whole)) total += WEIGHT.nameExact;
          else if (doc.fields.alias.includes(whole)) total += WEIGHT.aliasExact;
        }
        hits.push({ code: doc.code, score: total });
      }
      return hits.sort(
        (a, b) => b.score - a.score || tierOf.get(a.code)! - tierOf.get(b.code)! || a.code - b.code,
      );
    },
  };
}
