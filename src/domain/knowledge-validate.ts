import type { CodeFacts, GlossaryConcept } from './dataset-schema.ts';
import { zodProblems, type AddProblem, type DatasetProblem } from './dataset-problems.ts';
import { parseMessage, requestMethod } from './http-exchange.ts';
import { checkKnowledgeTexts } from './knowledge-text-fields.ts';
import type { HeaderEntry, KnowledgeFacts, KnowledgeTexts, Method } from './knowledge-model.ts';
import { brokenRules, ruleKey } from './knowledge-rules.ts';
import {
  headersFileSchema,
  knowledgeFactsSchema,
  knowledgeTextsSchema,
} from './knowledge-schema.ts';
import { LANGUAGES, type Language } from './language.ts';

/** The knowledge files as read from data/knowledge/ (parsed JSON, not yet validated). */
export interface RawKnowledge {
  /** data/knowledge/headers.json */
  headers: unknown;
  /** data/knowledge/facts/<code>.json, by file name without ".json". */
  facts: Record<string, unknown>;
  /** data/knowledge/texts/<lang>/<code>.json, by language, then file name without ".json". */
  texts: Record<Language, Record<string, unknown>>;
}

export const HEADERS_FILE = 'data/knowledge/headers.json';
export const factsFile = (name: string) => `data/knowledge/facts/${name}.json`;
export const knowledgeTextsFile = (lang: string, name: string) =>
  `data/knowledge/texts/${lang}/${name}.json`;

/**
 * Every problem of the knowledge files against the schema and the rest of the dataset (KNOWLEDGE-FORMAT.md):
 * headers registered and used in their direction, ids unique, texts for every fact in every language
 * (and none for a fact that does not exist), the example exchange following the code's own rules,
 * framework calls and log phrases naming one code only, and the glossary respected.
 */
export function validateKnowledge(
  raw: RawKnowledge,
  codes: readonly CodeFacts[],
  examples: ReadonlyMap<number, string>,
  glossary: readonly GlossaryConcept[] | undefined,
  { problems, add }: { problems: DatasetProblem[]; add: AddProblem },
): void {
  const headers = headersFileSchema.safeParse(raw.headers);
  if (!headers.success) problems.push(...zodProblems(HEADERS_FILE, headers.error.issues));
  const registry = new Map<string, HeaderEntry>();
  for (const [i, entry] of (headers.success ? headers.data : []).entries()) {
    const key = entry.name.toLowerCase();
    if (registry.has(key)) add(HEADERS_FILE, undefined, `${i}.name`, `"${entry.name}" twice`);
    registry.set(key, entry as HeaderEntry);
  }
  const byCode = new Map(codes.map((c) => [c.code, c]));
  const valid = new Map<number, KnowledgeFacts>();
  for (const [name, value] of Object.entries(raw.facts)) {
    const file = factsFile(name);
    const parsed = knowledgeFactsSchema.safeParse(value);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error.issues, () => Number(name) || undefined));
      continue;
    }
    const facts = parsed.data as KnowledgeFacts;
    if (String(facts.code) !== name)
      add(file, facts.code, 'code', `the file must be ${facts.code}.json`);
    const code = byCode.get(facts.code);
    if (!code) add(file, facts.code, 'code', `code ${facts.code} is not in data/codes.json`);
    else checkFacts(file, facts, code, examples.get(facts.code), registry, add);
    valid.set(facts.code, facts);
  }
  checkAcrossCodes(valid, byCode, add);
  for (const lang of LANGUAGES) {
    const texts = raw.texts[lang];
    for (const name of Object.keys(texts))
      if (!(name in raw.facts))
        add(
          knowledgeTextsFile(lang, name),
          Number(name) || undefined,
          '(file)',
          'texts without facts',
        );
    for (const [code, facts] of valid) {
      const file = knowledgeTextsFile(lang, String(code));
      const value = texts[String(code)];
      if (value === undefined) {
        add(file, code, '(file)', `missing: every fact needs its texts in ${lang}`);
        continue;
      }
      const parsed = knowledgeTextsSchema.safeParse(value);
      if (!parsed.success) {
        problems.push(...zodProblems(file, parsed.error.issues, () => code));
        continue;
      }
      const entry = parsed.data as KnowledgeTexts;
      checkTexts(file, facts, entry, add);
      if (glossary) checkKnowledgeTexts(lang, file, code, entry, glossary, add);
    }
  }
}

function checkFacts(
  file: string,
  facts: KnowledgeFacts,
  code: CodeFacts,
  example: string | undefined,
  registry: ReadonlyMap<string, HeaderEntry>,
  add: AddProblem,
): void {
  const at = facts.code;
  const ids = new Set<string>();
  const unique = (field: string, id: string) => {
    if (ids.has(id)) add(file, at, field, `id "${id}" is used twice`);
    ids.add(id);
  };
  const header = (field: string, name: string, direction: 'request' | 'response') => {
    const entry = registry.get(name.toLowerCase());
    if (!entry) add(file, at, field, `header "${name}" is not in ${HEADERS_FILE}`);
    else if (entry.name !== name) add(file, at, field, `write "${entry.name}" as registered`);
    else if (entry.direction !== direction && entry.direction !== 'both')
      add(file, at, field, `"${name}" is a ${entry.direction} header`);
  };
  const named = new Set<string>();
  facts.responseHeaders.forEach((f, i) => {
    const field = `responseHeaders.${i}`;
    unique(`${field}.id`, f.id);
    header(`${field}.header`, f.header, 'response');
    if (named.has(f.header)) add(file, at, `${field}.header`, `"${f.header}" is listed twice`);
    named.add(f.header);
    if (f.inExample && !f.condition)
      add(file, at, `${field}.inExample`, 'inExample applies to conditional facts only');
    if (f.condition === false || f.inExample === false)
      add(file, at, field, 'leave out condition and inExample rather than setting them to false');
  });
  facts.requestHeaders.forEach((f, i) => {
    unique(`requestHeaders.${i}.id`, f.id);
    header(`requestHeaders.${i}.header`, f.header, 'request');
  });
  facts.caching.traps.forEach((t, i) => unique(`caching.traps.${i}.id`, t.id));
  facts.fetch.notes.forEach((n, i) => unique(`fetch.notes.${i}.id`, n.id));
  facts.wild.forEach((w, i) => {
    unique(`wild.${i}.id`, w.id);
    if ((w.api !== undefined || w.phrase !== undefined) && w.software === undefined)
      add(file, at, `wild.${i}.software`, 'an api or a phrase needs the software that sends it');
    if (w.phrase !== undefined && w.phrase === code.phrase)
      add(file, at, `wild.${i}.phrase`, 'the registered phrase is not a variant');
  });
  const methods = facts.methods.typical;
  if (new Set(methods).size !== methods.length) add(file, at, 'methods.typical', 'a method twice');
  if (facts.methods.only && methods.length === 0)
    add(file, at, 'methods.only', '"only" needs the methods it allows');
  if ((facts.fetch.outcome === 'follow') !== (facts.fetch.redirect !== undefined))
    add(file, at, 'fetch.redirect', 'a redirect rule goes with outcome "follow", and only there');
  checkExchange(file, facts, example, registry, add);
}

/** The example exchange parses, names registered headers, and breaks none of the code's rules. */
function checkExchange(
  file: string,
  facts: KnowledgeFacts,
  example: string | undefined,
  registry: ReadonlyMap<string, HeaderEntry>,
  add: AddProblem,
): void {
  const at = facts.code;
  if (!facts.exchange) {
    if (facts.responseHeaders.some((f) => f.inExample))
      add(file, at, 'exchange', 'inExample facts need the example exchange');
    return;
  }
  if (!example?.startsWith('HTTP/1.1 '))
    add(
      file,
      at,
      'exchange',
      'an exchange needs an example response in codes.json (a status line)',
    );
  const request = parseMessage(facts.exchange.request);
  const line = /^([A-Z]+) (\S+) HTTP\/1\.1$/.exec(request.startLine);
  if (!line) add(file, at, 'exchange.request', 'expected "METHOD target HTTP/1.1" as first line');
  request.headers.forEach((h, i) => {
    const entry = registry.get(h.name.toLowerCase());
    if (!entry || entry.direction === 'response')
      add(
        file,
        at,
        `exchange.request.headers.${i}`,
        `"${h.name}" is not a registered request header`,
      );
  });
  if (!example?.startsWith('HTTP/1.1 ')) return;
  const response = parseMessage(example);
  for (const h of response.headers)
    if (!registry.has(h.name.toLowerCase()))
      add(file, at, 'exchange', `the example's "${h.name}" is not in ${HEADERS_FILE}`);
  const broken = brokenRules({ request, response }, facts, true).map(ruleKey);
  if (broken.length > 0)
    add(
      file,
      at,
      'exchange',
      `the example exchange breaks the code's own rules: ${broken.join(', ')}`,
    );
  const method = requestMethod(request) as Method;
  if (facts.methods.typical.length > 0 && !facts.methods.typical.includes(method) && line)
    add(file, at, 'exchange.request', `${method} is not among the typical methods`);
}

/** Framework calls and log phrases must point to one code: a question asks which. */
function checkAcrossCodes(
  facts: ReadonlyMap<number, KnowledgeFacts>,
  codes: ReadonlyMap<number, CodeFacts>,
  add: AddProblem,
): void {
  const apis = new Map<string, number>();
  const phrases = new Map<string, number>();
  for (const [code, f] of facts)
    f.wild.forEach((w, i) => {
      const field = `wild.${i}`;
      if (w.api !== undefined) {
        const key = `${w.software ?? ''}|${w.api}`.toLowerCase();
        const other = apis.get(key);
        if (other !== undefined && other !== code)
          add(
            factsFile(String(code)),
            code,
            `${field}.api`,
            `${w.software} ${w.api} also sends ${other}`,
          );
        apis.set(key, code);
      }
      if (w.phrase !== undefined) {
        const key = w.phrase.toLowerCase();
        const other = phrases.get(key);
        for (const [c, def] of codes)
          if (c !== code && [def.phrase, ...def.formerPhrases].some((p) => p.toLowerCase() === key))
            add(
              factsFile(String(code)),
              code,
              `${field}.phrase`,
              `"${w.phrase}" is a phrase of ${c}`,
            );
        if (other !== undefined && other !== code)
          add(
            factsFile(String(code)),
            code,
            `${field}.phrase`,
            `"${w.phrase}" is also given to ${other}`,
          );
        phrases.set(key, code);
      }
    });
}

/** The texts name exactly the facts that need them. */
function checkTexts(
  file: string,
  facts: KnowledgeFacts,
  texts: KnowledgeTexts,
  add: AddProblem,
): void {
  const code = facts.code;
  const same = (
    field: string,
    want: readonly string[],
    have: Record<string, string>,
    all = true,
  ) => {
    const wanted = new Set(want);
    for (const id of Object.keys(have))
      if (!wanted.has(id)) add(file, code, `${field}.${id}`, `no fact "${id}" needs this text`);
    if (all)
      for (const id of want) if (!(id in have)) add(file, code, `${field}.${id}`, 'text missing');
  };
  const conditional = facts.responseHeaders.filter((f) => f.condition).map((f) => f.id);
  same('conditions', conditional, texts.conditions);
  same(
    'headers',
    facts.responseHeaders.map((f) => f.id),
    texts.headers ?? {},
    false,
  );
  same(
    'requestHeaders',
    facts.requestHeaders.map((f) => f.id),
    texts.requestHeaders,
  );
  same(
    'traps',
    facts.caching.traps.map((t) => t.id),
    texts.traps,
  );
  same(
    'fetchNotes',
    facts.fetch.notes.map((n) => n.id),
    texts.fetchNotes,
  );
  same(
    'wild',
    facts.wild.map((w) => w.id),
    texts.wild,
  );
}
