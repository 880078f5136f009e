// What a working developer must know about a code beyond its name (issue 15), as enumerated facts.
// The enumerations live here, apart from the zod schema (knowledge-schema.ts), so that the app's
// generators and renderers do not carry the validator. KNOWLEDGE-FORMAT.md describes every field.

/** Requirement levels of RFC 2119 as RFC 9110 uses them (MUST NOT is told by `content` and `methods`). */
export const LEVELS = ['MUST', 'SHOULD', 'MAY'] as const;
export type Level = (typeof LEVELS)[number];

/** The methods of RFC 9110 §9.3 and PATCH (RFC 5789). */
export const METHODS = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'CONNECT',
  'OPTIONS',
  'TRACE',
  'PATCH',
] as const;
export type Method = (typeof METHODS)[number];

/** Idempotent methods (RFC 9110 §9.2.2): the safe ones, PUT and DELETE. PATCH and POST are not. */
export const IDEMPOTENT_METHODS: readonly Method[] = [
  'GET',
  'HEAD',
  'OPTIONS',
  'TRACE',
  'PUT',
  'DELETE',
];

/**
 * May a cache store the response without explicit freshness? `heuristic`: yes, the code is
 * heuristically cacheable (RFC 9110 §15.1); `explicit`: only with explicit freshness or a directive
 * that allows it (RFC 9111 §3); `never`: the code's definition forbids storing it (RFC 6585).
 */
export const CACHING_CLASSES = ['heuristic', 'explicit', 'never'] as const;
export type CachingClass = (typeof CACHING_CLASSES)[number];

/**
 * `allowed`: the response may have content; `none`: it ends with its header section and cannot
 * contain content (1xx, 204, 304); `forbidden`: the server MUST NOT generate content (205).
 */
export const CONTENT_RULES = ['allowed', 'none', 'forbidden'] as const;
export type ContentRule = (typeof CONTENT_RULES)[number];

/** What a client should do after the response (grounded in idempotency, RFC 9110 §9.2.2). */
export const RETRY_ADVICE = [
  /** A success: nothing to retry. */
  'none',
  /** Use the stored response that the 304 validated. */
  'use-stored',
  /** Follow Location. */
  'follow',
  /** Send (new) credentials and try again (401, 407). */
  'authenticate',
  /** Repeating the request unchanged cannot succeed: change it first. */
  'change-request',
  /** Re-read the current state, re-apply the change, then retry (409, 412). */
  'reapply',
  /** Retry on a new connection (408). */
  'new-connection',
  /** Retry on a different connection, even a non-idempotent request (421). */
  'other-connection',
  /** Retry outside early data (425). */
  'without-early-data',
  /** Resend without Expect (417). */
  'without-expect',
  /** Wait as long as Retry-After says (or a while), then retry: the request was not processed (429). */
  'wait',
  /** Retry idempotent requests only, with backoff and jitter, honouring Retry-After (502, 503, 504). */
  'backoff-idempotent',
  /** Never automatically: a person must act first (507). */
  'never-auto',
] as const;
export type RetryAdvice = (typeof RETRY_ADVICE)[number];

/**
 * Advice values that are each partly right for the codes of the other, so a question never offers
 * one as a wrong answer beside the other as the right one: "change the request" and "never
 * automatically" both keep a client from repeating it; "wait" and "backoff" both honour Retry-After.
 */
export const RETRY_OVERLAPS: readonly (readonly RetryAdvice[])[] = [
  ['change-request', 'never-auto'],
  ['wait', 'backoff-idempotent'],
  ['new-connection', 'other-connection'],
];

/**
 * What `fetch()` (WHATWG Fetch, redirect mode "follow") gives the calling script: `ok`: it resolves
 * and `response.ok` is true (200–299); `not-ok`: it resolves and `ok` is false; `follow`: the browser
 * follows Location and the script sees the final response; `revalidated`: the browser's cache turned
 * the 304 into its stored response; `interim`: a 1xx the script never sees; `reject`: the promise
 * rejects with a TypeError (a network error; no status does this by itself, hence a common trap).
 */
export const FETCH_OUTCOMES = [
  'ok',
  'not-ok',
  'follow',
  'revalidated',
  'interim',
  'reject',
] as const;
export type FetchOutcome = (typeof FETCH_OUTCOMES)[number];

/**
 * How fetch() changes the method when it follows a redirect (Fetch, HTTP-redirect fetch):
 * `post-to-get`: POST becomes GET, other methods stay (301, 302); `to-get`: every method but GET and
 * HEAD becomes GET (303); `keep`: method and body stay (307, 308).
 */
export const REDIRECT_RULES = ['post-to-get', 'to-get', 'keep'] as const;
export type RedirectRule = (typeof REDIRECT_RULES)[number];

/** Whether a header is sent in requests, responses or both (data/knowledge/headers.json). */
export const HEADER_DIRECTIONS = ['request', 'response', 'both'] as const;
export type HeaderDirection = (typeof HEADER_DIRECTIONS)[number];

/** Where a fact is stated: an RFC section, an anchor of the WHATWG Fetch standard, or a vendor's page. */
export type FactRef = { rfc: number; section: string } | { fetch: string } | { url: string };

/** A header of the registry: its name as written on the wire, its direction and where it is defined. */
export interface HeaderEntry {
  name: string;
  direction: HeaderDirection;
  /**
   * A requirement on it applies to responses in general (Date, Content-Type, Content-Length, …):
   * never offered as a wrong answer to "which header MUST this code carry?".
   */
  general?: boolean;
  ref: FactRef;
}

/** A response header with its requirement level for one code. */
export interface ResponseHeaderFact {
  /** Unique within the code; keys the fact's texts. */
  id: string;
  header: string;
  level: Level;
  /** An example field value as on the wire, used by questions and transcripts. */
  value?: string;
  /** The requirement holds only under a condition (its text: `conditions[id]` in each language). */
  condition?: boolean;
  /** The code's example exchange meets the condition: the checker treats the rule as unconditional there. */
  inExample?: boolean;
  ref: FactRef;
}

/** A request header that leads to the code. */
export interface RequestHeaderFact {
  id: string;
  header: string;
  value?: string;
  ref: FactRef;
}

/** A fact told only by its text (a trap, a browser note): its id keys the texts. */
export interface NoteFact {
  id: string;
  ref: FactRef;
}

/** What servers and frameworks send, or a variant phrase seen in logs. */
export interface WildFact {
  id: string;
  ref: FactRef;
  /** Who sends it ("Express", "nginx", "Go net/http"); required with `api` or `phrase`. */
  software?: string;
  /** The call or directive that sends this code by default (and no other code). */
  api?: string;
  /** A reason phrase this software prints for the code instead of the registered one. */
  phrase?: string;
}

/** Everything language-neutral a developer must know about one code (data/knowledge/facts/<code>.json). */
export interface KnowledgeFacts {
  code: number;
  responseHeaders: ResponseHeaderFact[];
  requestHeaders: RequestHeaderFact[];
  methods: {
    /** The methods the code typically answers (each links to its RFC 9110 §9.3 definition). */
    typical: Method[];
    /** True when the code answers only these methods (304: GET and HEAD). */
    only: boolean;
    ref: FactRef;
  };
  caching: { class: CachingClass; ref: FactRef; traps: NoteFact[] };
  content: { rule: ContentRule; ref: FactRef };
  retry: { advice: RetryAdvice; ref: FactRef };
  fetch: { outcome: FetchOutcome; redirect?: RedirectRule; ref: FactRef; notes: NoteFact[] };
  wild: WildFact[];
  /** The request of the code's example exchange; the response is the code's example in codes.json. */
  exchange?: { request: string };
}

/** The texts of one code's knowledge in one language (data/knowledge/texts/<lang>/<code>.json). */
export interface KnowledgeTexts {
  /** Optional notes on response header facts, by fact id. */
  headers?: Record<string, string>;
  /** The condition of each conditional response header fact, by fact id ("for a single range"). */
  conditions: Record<string, string>;
  /** How each request header leads to the code, by fact id. */
  requestHeaders: Record<string, string>;
  methods: string;
  caching: string;
  traps: Record<string, string>;
  content: string;
  retry: string;
  fetch: string;
  fetchNotes: Record<string, string>;
  wild: Record<string, string>;
}

const METHOD_SECTIONS: Record<Method, string> = {
  GET: '9.3.1',
  HEAD: '9.3.2',
  POST: '9.3.3',
  PUT: '9.3.4',
  DELETE: '9.3.5',
  CONNECT: '9.3.6',
  OPTIONS: '9.3.7',
  TRACE: '9.3.8',
  PATCH: '2',
};

/** Where a method is defined: RFC 9110 §9.3.x, or RFC 5789 §2 for PATCH. */
export function methodRef(method: Method): FactRef {
  return { rfc: method === 'PATCH' ? 5789 : 9110, section: METHOD_SECTIONS[method] };
}

/** The address of a fact's reference: the RFC Editor section, the Fetch standard's anchor, or the page. */
export function refUrl(ref: FactRef): string {
  if ('rfc' in ref) return `https://www.rfc-editor.org/rfc/rfc${ref.rfc}#section-${ref.section}`;
  if ('fetch' in ref) return `https://fetch.spec.whatwg.org/#${ref.fetch}`;
  return ref.url;
}

/** True when a method is idempotent (RFC 9110 §9.2.2): a client may repeat it automatically. */
export function isIdempotent(method: Method): boolean {
  return IDEMPOTENT_METHODS.includes(method);
}
