import type { HeaderEntry, KnowledgeFacts, Level, Method } from '../knowledge-model.ts';
import { ruleKey, type WireRule } from '../wire-rule.ts';
import type { CardKind } from './registry.ts';

/** The enumerations a behaviour question offers values of. */
export type EnumName = 'caching' | 'content' | 'retry' | 'fetch' | 'redirect' | 'auto-retry';

/** One option of a question: a code, a header, a defect claim or an enumerated value. */
export type QuestionOption =
  | { type: 'code'; code: number }
  | { type: 'header'; header: string }
  /** "The response breaks this rule of a `code` response" (true or false against the facts). */
  | { type: 'rule'; rule: WireRule; code: number }
  | { type: 'enum'; name: EnumName; value: string };

/** What the question shows, by form; every value language-neutral (the renderer words it). */
export type QuestionPrompt =
  | { form: 'recall'; code: number }
  | { form: 'reverse'; code: number }
  | { form: 'scenario'; code: number; variant: number }
  | {
      form: 'header-must';
      code: number;
      header: string;
      level: Level;
      factId: string;
      condition: boolean;
    }
  | {
      form: 'header-which-code';
      code: number;
      header: string;
      value: string;
      level: Level;
      factId: string;
      condition: boolean;
    }
  | { form: 'wire-status'; code: number; request: string; response: string }
  | { form: 'wire-defect'; code: number; request: string; response: string }
  | { form: 'wire-phrase'; code: number; software: string; phrase: string }
  | { form: 'duel'; code: number; pair: readonly [number, number]; variant: number }
  | { form: 'behaviour'; code: number; name: Exclude<EnumName, 'auto-retry'> }
  | { form: 'behaviour-retry-method'; code: number; method: Method }
  | { form: 'behaviour-default'; code: number; software: string; api: string };

export type QuestionForm = QuestionPrompt['form'];

/** One question of a card: what it shows, its options in display order, and which is right. */
export interface KindQuestion {
  kind: CardKind;
  /** The code the question is about: its lesson is the back of the card. */
  code: number;
  prompt: QuestionPrompt;
  /** Options in display order; empty for a card the learner grades himself (recall). */
  options: QuestionOption[];
  /** Index of the right option in `options`; -1 when there are none. */
  answer: number;
  /** The options are codes, so typing the code is an answer too (typed answer mode). */
  typed: boolean;
}

/** A stable key of an option: the code itself for code options (so a typed code matches it). */
export function optionKey(option: QuestionOption): string {
  switch (option.type) {
    case 'code':
      return String(option.code);
    case 'header':
      return `h:${option.header}`;
    case 'rule':
      return `r:${ruleKey(option.rule)}`;
    case 'enum':
      return `e:${option.name}:${option.value}`;
  }
}

/** The key of the right answer of a question ('' when it has none). */
export function answerKey(question: KindQuestion): string {
  const right = question.options[question.answer];
  return right ? optionKey(right) : '';
}

/** The code an answer key names, when the options are codes ("404" → 404), else undefined. */
export function codeOfKey(key: string | undefined): number | undefined {
  return key !== undefined && /^\d{3}$/.test(key) ? Number(key) : undefined;
}

/** The knowledge of every code that has some, with the header registry and the example responses. */
export interface KnowledgeBase {
  facts: ReadonlyMap<number, KnowledgeFacts>;
  /** The registry by lower-case header name. */
  headers: ReadonlyMap<string, HeaderEntry>;
  /** Each code's example from codes.json (loaded apart from the facts). */
  examples: ReadonlyMap<number, string>;
}

/** What a generator may draw on besides the card itself. */
export interface QuestionContext {
  /** Codes options may show (unofficial ones only when the learner studies them). */
  pool: readonly number[];
  /** Codes confusable with a code, nearest first (data/confusion-sets.json). */
  confusable: (code: number) => readonly number[];
  /** Codes the dataset relates to a code. */
  related: (code: number) => readonly number[];
  /** What the learner sees for a code (its name): two options never read the same. */
  keyOf?: (code: number) => string;
  /** The knowledge, once loaded; generated kinds need it. */
  knowledge?: KnowledgeBase;
}

/** A card as a generator sees it. */
export interface CardRef {
  code: number;
  pair?: readonly [number, number];
}

/** A kind's generator: pure and seeded (the same card, context and rng sequence give the same question). */
export interface KindModule {
  /**
   * Whether the code has a card of this kind with this knowledge (kinds of `knowledge` scope; the
   * build writes the answer into virtual:knowledge-index). Codes without knowledge have none.
   */
  available?: (code: number, knowledge: KnowledgeBase, pool: readonly number[]) => boolean;
  /** The card's question, or undefined when the knowledge it needs is missing. */
  question: (card: CardRef, ctx: QuestionContext, rng: () => number) => KindQuestion | undefined;
}
