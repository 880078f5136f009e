import * as z from 'zod/mini';
import {
  CACHING_CLASSES,
  CONTENT_RULES,
  FETCH_OUTCOMES,
  HEADER_DIRECTIONS,
  LEVELS,
  METHODS,
  REDIRECT_RULES,
  RETRY_ADVICE,
} from './knowledge-model.ts';

// The zod schemas of data/knowledge/ (KNOWLEDGE-FORMAT.md), used at build time and by the tests only.

const text = z.string().check(z.trim(), z.minLength(1));
const factId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'));
/** A header name as registered: letters, digits and hyphens, starting with a letter. */
const headerName = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'expected a header name'));

/** Where a fact is stated: exactly one of an RFC section, a Fetch standard anchor, or an https page. */
export const factRefSchema = z.union([
  z.strictObject({
    rfc: z.number().check(z.int(), z.positive()),
    section: z
      .string()
      .check(z.regex(/^(\d+(\.\d+)*|[A-Z](\.\d+)*)$/, 'expected a section such as "15.5.6"')),
  }),
  z.strictObject({ fetch: z.string().check(z.regex(/^[a-z0-9-]+$/, 'expected a Fetch anchor')) }),
  z.strictObject({
    url: z.string().check(z.regex(/^https:\/\/\S+$/, 'expected an https address')),
  }),
]);

export const headerEntrySchema = z.strictObject({
  name: headerName,
  direction: z.enum(HEADER_DIRECTIONS),
  general: z.optional(z.boolean()),
  ref: factRefSchema,
});
/** data/knowledge/headers.json: every header a fact or a card may name. */
export const headersFileSchema = z.array(headerEntrySchema);

const noteSchema = z.strictObject({ id: factId, ref: factRefSchema });

export const knowledgeFactsSchema = z.strictObject({
  code: z.number().check(z.int(), z.gte(100), z.lte(599)),
  responseHeaders: z.array(
    z.strictObject({
      id: factId,
      header: headerName,
      level: z.enum(LEVELS),
      value: z.optional(text),
      condition: z.optional(z.boolean()),
      inExample: z.optional(z.boolean()),
      ref: factRefSchema,
    }),
  ),
  requestHeaders: z.array(
    z.strictObject({ id: factId, header: headerName, value: z.optional(text), ref: factRefSchema }),
  ),
  methods: z.strictObject({
    typical: z.array(z.enum(METHODS)),
    only: z.boolean(),
    ref: factRefSchema,
  }),
  caching: z.strictObject({
    class: z.enum(CACHING_CLASSES),
    ref: factRefSchema,
    traps: z.array(noteSchema),
  }),
  content: z.strictObject({ rule: z.enum(CONTENT_RULES), ref: factRefSchema }),
  retry: z.strictObject({ advice: z.enum(RETRY_ADVICE), ref: factRefSchema }),
  fetch: z.strictObject({
    outcome: z.enum(FETCH_OUTCOMES),
    redirect: z.optional(z.enum(REDIRECT_RULES)),
    ref: factRefSchema,
    notes: z.array(noteSchema),
  }),
  wild: z.array(
    z.strictObject({
      id: factId,
      ref: factRefSchema,
      software: z.optional(text),
      api: z.optional(text),
      phrase: z.optional(text),
    }),
  ),
  exchange: z.optional(z.strictObject({ request: text })),
});

const textsById = z.record(factId, text);

export const knowledgeTextsSchema = z.strictObject({
  headers: z.optional(textsById),
  conditions: textsById,
  requestHeaders: textsById,
  methods: text,
  caching: text,
  traps: textsById,
  content: text,
  retry: text,
  fetch: text,
  fetchNotes: textsById,
  wild: textsById,
});
