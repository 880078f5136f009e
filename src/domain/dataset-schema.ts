import * as z from 'zod/mini';
import { CLASS_DIGITS, CODE_STATUSES } from './code-classes.ts';
import { LANGUAGES } from './language.ts';

const text = z.string().check(z.trim(), z.minLength(1));
const statusCode = z.number().check(z.int(), z.gte(100), z.lte(599));
const codeKey = z.string().check(z.regex(/^[1-5]\d\d$/));

export const specRefSchema = z.object({
  rfc: z.number().check(z.int(), z.positive()),
  section: text,
});

export const codeFactsSchema = z.object({
  code: statusCode,
  phrase: text,
  formerPhrases: z.array(text),
  class: z.literal(CLASS_DIGITS),
  status: z.enum(CODE_STATUSES),
  spec: z.array(specRefSchema),
  /** The Internet-Draft defining a code that no RFC defines yet (104), by its name. */
  draft: z.optional(z.string().check(z.regex(/^draft-[a-z0-9-]+$/))),
  headers: z.array(text),
  related: z.array(z.number().check(z.int())),
  example: z.optional(text),
});
export type CodeFacts = z.infer<typeof codeFactsSchema>;

export const codesFileSchema = z.array(codeFactsSchema);

export const codeTextSchema = z.object({
  name: text,
  summary: text,
  details: text,
  scenarios: z.array(text).check(z.minLength(1)),
  contrasts: z.record(codeKey, text),
  /** Who defined or uses the code, for codes outside the registry ("nginx", "Twitter API v1 (retired)"). */
  origin: z.optional(text),
  /** Words people search with (colloquial names, log words): indexed by search, never shown as text. */
  aliases: z.optional(z.array(text)),
});
export type CodeText = z.infer<typeof codeTextSchema>;

export const classTextSchema = z.object({ name: text, summary: text });
export type ClassText = z.infer<typeof classTextSchema>;

/** What the app loads of a language: class texts and code texts. */
export const localeTextsSchema = z.object({
  classes: z.record(z.enum(['1', '2', '3', '4', '5']), classTextSchema),
  codes: z.record(codeKey, codeTextSchema),
});
export type LocaleTexts = z.infer<typeof localeTextsSchema>;

/** A key naming a confusion set: its codes in ascending order joined by "-" ("401-403-407"). */
export const confusionSetKey = z.string().check(z.regex(/^[1-5]\d\d(-[1-5]\d\d)+$/));

/** data/locales/<lang>.json: the texts, plus the separating rule of each confusion set. */
export const localeFileSchema = z.object({
  ...localeTextsSchema.shape,
  confusionSets: z.record(confusionSetKey, text),
});
export type LocaleFile = z.infer<typeof localeFileSchema>;

/** data/confusion-sets.json: the codes learners confuse, each set in ascending code order. */
export const confusionSetsFileSchema = z.array(
  z.object({ codes: z.array(statusCode).check(z.minLength(2)) }),
);
export type ConfusionSet = z.infer<typeof confusionSetsFileSchema>[number];

const glossaryTermSchema = z.object({
  /** The one rendering the language's texts use for the concept. */
  term: text,
  /** Other renderings the texts must not use (search aliases may). */
  avoid: z.array(text),
  /** Longer words that contain an avoided rendering but mean something else (連接埠 beside 連接). */
  allow: z.optional(z.array(text)),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** data/glossary.json: one term per concept per language. */
export const glossaryFileSchema = z.array(
  z.object({
    concept: text,
    terms: z.partialRecord(z.enum(LANGUAGES), glossaryTermSchema),
  }),
);
export type GlossaryConcept = z.infer<typeof glossaryFileSchema>[number];
