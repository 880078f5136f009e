// Every saved or exported format the app has written, brought to the current one before validation,
// so that the validator checks one shape. Old saves load unchanged: only their encoding changes.
import type { LogEntry } from './card-model';
import { encodeLog, FIELDS_PER_ENTRY } from './progress-codec';
import { PROGRESS_FORMAT, PROGRESS_VERSION } from './progress-file';

type Body = Record<string, unknown>;

const isObject = (v: unknown): v is Body =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A version-1 file: zustand's JSON with log entries as objects; its `state` wrapper is optional. */
function fromVersion1(body: Body, errors: string[]): Body {
  const entries: LogEntry[] = [];
  const raw = Array.isArray(body.log) ? body.log : [];
  if (!Array.isArray(body.log)) errors.push('log: expected an array');
  raw.forEach((e: unknown, i) => {
    const r = isObject(e) ? e : {};
    const ok =
      typeof r.cardId === 'string' &&
      typeof r.review === 'number' &&
      [1, 2, 3, 4].includes(r.grade as number) &&
      typeof r.durationMs === 'number' &&
      typeof r.state === 'string';
    if (!ok) errors.push(`log[${i}]: expected {cardId, grade, review, durationMs, state}`);
    else entries.push(e as LogEntry);
  });
  const cards: Body = {};
  if (isObject(body.cards)) {
    for (const [id, c] of Object.entries(body.cards)) {
      const rest: Body = isObject(c) ? { ...c } : { invalid: c };
      delete rest.id;
      // Version 1 had no updatedAt: it is the card's last review, if any.
      cards[id] = { updatedAt: typeof rest.lastReview === 'number' ? rest.lastReview : 0, ...rest };
    }
  }
  // Re-encode so that the checks run once, on one shape; v1 times become whole seconds, as they
  // always did (its cards are rebuilt from the log where that moves their last review).
  const log = encodeLog(entries.map((e) => ({ ...e, review: Math.floor(e.review / 1000) * 1000 })));
  return {
    ...body,
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    cards,
    log,
    resetAt: 0,
    undone: { ids: [], entries: [] },
  };
}

/** Version 2 stored each entry's time in whole seconds since the previous one; 3 keeps milliseconds. */
function secondsToMs(log: unknown): unknown {
  if (!isObject(log) || !Array.isArray(log.entries)) return log;
  const entries = (log.entries as unknown[]).map((v, i) =>
    i % FIELDS_PER_ENTRY === 2 && typeof v === 'number' ? v * 1000 : v,
  );
  return { ...log, entries };
}

function fromVersion2(body: Body): Body {
  const out: Body = { ...body, version: PROGRESS_VERSION, log: secondsToMs(body.log) };
  if (body.undone !== undefined) out.undone = secondsToMs(body.undone);
  return out;
}

/** Why a file cannot be brought to the current format. */
export type MigrateFailure =
  | { reason: 'not-ours'; error: string }
  | { reason: 'newer-version'; error: string; version: number }
  | { reason: 'unknown-version'; error: string };

/**
 * `input` (a parsed save or file of any version) in the current format, or why it cannot be: not
 * ours, or written by a newer version. Problems found on the way are added to `errors`.
 */
export function migrateProgress(input: Body, errors: string[]): { body: Body } | MigrateFailure {
  let body = input;
  // zustand's own wrapper ({state, version}), as version 1 was saved.
  if (isObject(body.state) && typeof body.version === 'number' && body.format === undefined) {
    body = { ...body.state, version: body.version };
  }
  if (body.format === undefined && body.version === 1) return { body: fromVersion1(body, errors) };
  if (body.format !== PROGRESS_FORMAT)
    return {
      reason: 'not-ours',
      error: `format: expected "${PROGRESS_FORMAT}" (this is not a progress file of HTTP Status Trainer)`,
    };
  if (typeof body.version === 'number' && body.version > PROGRESS_VERSION)
    return {
      reason: 'newer-version',
      version: body.version,
      error: `version: ${body.version} was written by a newer version of the app`,
    };
  if (body.version === 2) return { body: fromVersion2(body) };
  if (body.version !== PROGRESS_VERSION)
    return { reason: 'unknown-version', error: `version: expected ${PROGRESS_VERSION}` };
  return { body };
}
