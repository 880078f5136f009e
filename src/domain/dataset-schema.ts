import * as z from 'zod/mini';
import { CLASS_DIGITS, CODE_STATUSES } from './code-classes.ts';

const text = z.string().check(z.trim(), z.minLength(1));

export const specRefSchema = z.object({
  rfc: z.number().check(z.int(), z.positive()),
  section: text,
});

export const codeFactsSchema = z.object({
  code: z.number().check(z.int(), z.gte(100), z.lte(599)),
  phrase: text,
  formerPhrases: z.array(text),
  class: z.literal(CLASS_DIGITS),
  status: z.enum(CODE_STATUSES),
  origin: z.optional(text),
  spec: z.array(specRefSchema),
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
  contrasts: z.record(z.string().check(z.regex(/^[1-5]\d\d$/)), text),
});
export type CodeText = z.infer<typeof codeTextSchema>;

export const classTextSchema = z.object({ name: text, summary: text });
export type ClassText = z.infer<typeof classTextSchema>;

export const localeFileSchema = z.object({
  classes: z.record(z.enum(['1', '2', '3', '4', '5']), classTextSchema),
  codes: z.record(z.string().check(z.regex(/^[1-5]\d\d$/)), codeTextSchema),
});
export type LocaleTexts = z.infer<typeof localeFileSchema>;
