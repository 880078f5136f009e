// The validator of saved and imported progress. It is the only importer of zod (through
// progress-schema) on the study path, and a first visit has nothing to validate: the store loads this
// module only when storage holds progress, a file is imported or another tab saves.
import { parseCardId, type CardState, type LogEntry } from './card-model';
import { confusionsInLog } from './confusions';
import { readConfusions } from './confusions-read';
import { parameterProblem } from './fsrs-parameters';
import { emptyProgress, MAX_UNDONE, type ProgressData } from './progress-data';
import { decodeLog, encodeLog, FIELDS_PER_ENTRY, type CompactLog } from './progress-codec';
import { PROGRESS_FORMAT, PROGRESS_VERSION } from './progress-file';
import {
  compactLogSchema,
  formatIssue,
  formatPath,
  settingsSchema,
  storedCardSchema,
  type StoredCard,
} from './progress-schema';
import { createScheduler } from './scheduler';
import { normalizeSettings } from './study-settings';

export type RestoreResult =
  | { ok: true; value: ProgressData }
  /** `partial` is what could be saved from the input (for data that must never be thrown away). */
  | { ok: false; error: string; partial: ProgressData };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function toCard(id: string, stored: StoredCard): CardState {
  const { leech, suspended, lastReview, ...rest } = stored;
  const card: CardState = { id, ...rest };
  if (lastReview !== undefined) card.lastReview = lastReview;
  if (leech) card.leech = true;
  if (suspended) card.suspended = true;
  return card;
}

/** A version-1 file: zustand's JSON with log entries as objects; its `state` wrapper is optional. */
function fromVersion1(body: Record<string, unknown>, errors: string[]): Record<string, unknown> {
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
  const cards: Record<string, unknown> = {};
  if (isObject(body.cards)) {
    for (const [id, c] of Object.entries(body.cards)) {
      const rest: Record<string, unknown> = isObject(c) ? { ...c } : { invalid: c };
      delete rest.id;
      // Version 1 had no updatedAt: it is the card's last review, if any.
      cards[id] = { updatedAt: typeof rest.lastReview === 'number' ? rest.lastReview : 0, ...rest };
    }
  }
  // Re-encode so that the checks below run once, on one shape; v1 times become whole seconds.
  const log = encodeLog(entries.map((e) => ({ ...e, review: Math.floor(e.review / 1000) * 1000 })));
  return { ...body, cards, log, resetAt: 0, undone: { ids: [], entries: [] } };
}

function readCards(raw: unknown, errors: string[]): Record<string, CardState> {
  const cards: Record<string, CardState> = {};
  if (!isObject(raw)) {
    errors.push('cards: expected an object');
    return cards;
  }
  for (const [id, value] of Object.entries(raw)) {
    if (!parseCardId(id)) {
      errors.push(`${formatPath(['cards', id])}: not a card id`);
      continue;
    }
    const parsed = storedCardSchema.safeParse(value);
    if (parsed.success) cards[id] = toCard(id, parsed.data);
    else errors.push(formatIssue(parsed.error, ['cards', id]));
  }
  return cards;
}

function readLog(raw: unknown, name: 'log' | 'undone', errors: string[]): LogEntry[] {
  if (raw === undefined && name === 'undone') return [];
  const parsed = compactLogSchema.safeParse(raw);
  const r = isObject(raw) ? raw : {};
  if (!parsed.success) errors.push(formatIssue(parsed.error, [name]));
  const ids = parsed.success
    ? parsed.data.ids
    : Array.isArray(r.ids)
      ? r.ids.map((x) => (typeof x === 'string' ? x : ''))
      : [];
  const all = Array.isArray(r.entries) ? (r.entries as unknown[]) : [];
  const bad = all.findIndex((x) => !Number.isSafeInteger(x));
  if (bad >= 0) errors.push(`${name}.entries[${bad}]: expected an integer`);
  // Keep the entries before the first damaged number: later deltas cannot be trusted.
  const whole = bad < 0 ? all.length : bad - (bad % FIELDS_PER_ENTRY);
  const compact: CompactLog = { ids, entries: all.slice(0, whole) as number[] };
  const { log, problems } = decodeLog(compact);
  for (const p of problems) errors.push(`${p.path.replace(/^log/, name)}: ${p.message}`);
  // Each card's entries must be strictly later than the one before (replays depend on it).
  const last = new Map<string, number>();
  return log.filter((e, i) => {
    const before = last.get(e.cardId);
    if (before !== undefined && e.review <= before) {
      errors.push(`${name} entry ${i}: ${e.cardId} is not later than its previous entry`);
      return false;
    }
    last.set(e.cardId, e.review);
    return true;
  });
}

/**
 * The one validator for everything read back (storage, imports): ok with the progress, or an error
 * naming the first problem (e.g. `cards["404:recall"].due: expected a number`) plus what could be saved.
 */
export function restoreProgress(raw: unknown): RestoreResult {
  const errors: string[] = [];
  let input = raw;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input) as unknown;
    } catch (e) {
      return {
        ok: false,
        error: `file: not JSON (${(e as Error).message})`,
        partial: emptyProgress(),
      };
    }
  }
  if (!isObject(input)) {
    const error = 'file: expected an object (a progress file of HTTP Status Trainer)';
    return { ok: false, error, partial: emptyProgress() };
  }
  let body = input;
  // zustand's own wrapper ({state, version}), as version 1 was saved.
  if (isObject(body.state) && typeof body.version === 'number' && body.format === undefined) {
    body = { ...body.state, version: body.version };
  }
  if (body.format === undefined && body.version === 1) body = fromVersion1(body, errors);
  else if (body.format !== PROGRESS_FORMAT) {
    const error = `format: expected "${PROGRESS_FORMAT}" (this is not a progress file of HTTP Status Trainer)`;
    return { ok: false, error, partial: emptyProgress() };
  } else if (body.version !== PROGRESS_VERSION) {
    const error =
      typeof body.version === 'number' && body.version > PROGRESS_VERSION
        ? `version: ${body.version} was written by a newer version of the app`
        : `version: expected ${PROGRESS_VERSION}`;
    return { ok: false, error, partial: emptyProgress() };
  }

  const settingsCheck = settingsSchema.safeParse(body.settings);
  if (!settingsCheck.success) errors.push(formatIssue(settingsCheck.error, ['settings']));
  const settings = normalizeSettings(body.settings);
  // A parameter set out of ts-fsrs's ranges is refused too: the defaults stand.
  if (settings.parameters && parameterProblem(settings.parameters)) delete settings.parameters;
  const resetAt = body.resetAt === undefined ? 0 : body.resetAt;
  if (typeof resetAt !== 'number' || !Number.isSafeInteger(resetAt) || resetAt < 0) {
    errors.push('resetAt: expected a time (a whole number of milliseconds)');
  }
  const cards = readCards(body.cards, errors);
  const log = readLog(body.log, 'log', errors);
  const undone = readLog(body.undone, 'undone', errors).slice(-MAX_UNDONE);
  // Events whose review is no longer in the log were undone elsewhere: dropped, not an error.
  const confusions = confusionsInLog(readConfusions(body.confusions, errors), log);

  // The log is the source of truth: a card missing or behind its log is rebuilt from it.
  const latest = new Map<string, number>();
  for (const e of log) latest.set(e.cardId, Math.max(latest.get(e.cardId) ?? 0, e.review));
  const scheduler = createScheduler(settings);
  for (const [id, at] of latest) {
    if (cards[id]?.updatedAt !== at) cards[id] = scheduler.replay(id, log);
  }

  const value: ProgressData = {
    settings,
    cards,
    log,
    resetAt:
      typeof resetAt === 'number' && Number.isSafeInteger(resetAt) && resetAt >= 0 ? resetAt : 0,
    undone,
    confusions,
  };
  if (errors.length === 0) return { ok: true, value };
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem(s))` : '';
  return { ok: false, error: `${errors[0]}${more}`, partial: value };
}
