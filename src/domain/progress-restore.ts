// The validator of saved and imported progress. It is the only importer of zod (through
// progress-schema) on the study path, and a first visit has nothing to validate: the store loads this
// module only when storage holds progress, a file is imported or another tab saves.
import { parseCardId, type CardState, type LogEntry } from './card-model';
import { confusionsInLog } from './confusions';
import { readConfusions } from './confusions-read';
import { parameterProblem } from './fsrs-parameters';
import { emptyProgress, MAX_UNDONE, type ProgressData } from './progress-data';
import { decodeLog, FIELDS_PER_ENTRY, type CompactLog } from './progress-codec';
import { migrateProgress } from './progress-migrate';
import {
  compactLogSchema,
  formatIssue,
  formatPath,
  settingsSchema,
  storedCardSchema,
  type StoredCard,
} from './progress-schema';
import { EXPORT_SLACK_MS, formatTime, latestDueTime, latestEventTime } from './progress-time';
import { createScheduler, memoryStateProblem } from './scheduler';
import { normalizeSettings } from './study-settings';

/** Why input was refused, for a translated message (`error` has the technical detail). */
export type RestoreFailure =
  | 'not-json'
  | 'not-object'
  | 'not-ours'
  | 'newer-version'
  | 'unknown-version'
  /** Our format, but some of it is damaged: `partial` holds the rest. */
  | 'invalid';

export type RestoreResult =
  | { ok: true; value: ProgressData }
  /** `partial` is what could be saved from the input (for data that must never be thrown away). */
  | {
      ok: false;
      reason: RestoreFailure;
      error: string;
      partial: ProgressData;
      /** The version that wrote it, when that is newer than this app. */
      newerVersion?: number;
      /** For damaged files ('invalid'): what `partial` leaves out, and every problem found (at most 50). */
      leftOut?: LeftOut;
      problems?: string[];
    };

/** What a recovery leaves out of a damaged file: cards, log entries, and settings reset to defaults. */
export interface LeftOut {
  cards: number;
  entries: number;
  settings: number;
}

const MAX_PROBLEMS = 50;

function entryCount(log: unknown): number {
  return isObject(log) && Array.isArray(log.entries)
    ? Math.ceil(log.entries.length / FIELDS_PER_ENTRY)
    : 0;
}

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

interface TimeBounds {
  latestEvent: number;
  latestDue: number;
}

/**
 * What makes a card's stored state one the app could not have written, as [field, message], or
 * undefined. `at` is the time of the card's latest log entry; a card that disagrees with it is
 * rebuilt from the log instead, so only a card that agrees (or has no entry) is checked here.
 */
function cardProblem(
  card: CardState,
  at: number | undefined,
  bounds: TimeBounds,
): [string, string] | undefined {
  if (at !== undefined && card.updatedAt !== at) return undefined;
  if (card.due < 0 || card.due > bounds.latestDue)
    return ['due', `expected a time from 1970 to ${formatTime(bounds.latestDue)}`];
  if (card.updatedAt > bounds.latestEvent)
    return ['updatedAt', `expected a time no later than ${formatTime(bounds.latestEvent)}`];
  if (at === undefined && card.updatedAt !== 0)
    return ['updatedAt', 'no log entry at this time: the card cannot be rebuilt from the log'];
  if (card.lastReview !== undefined && (at === undefined || card.lastReview > card.updatedAt))
    return ['lastReview', 'not a review of this card in the log'];
  const memory = memoryStateProblem(card);
  return memory ? (memory.split(': ', 2) as [string, string]) : undefined;
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

function readLog(
  raw: unknown,
  name: 'log' | 'undone',
  errors: string[],
  latest: number,
): LogEntry[] {
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
  const { log, problems } = decodeLog(compact, latest);
  for (const p of problems) errors.push(`${p.path.replace(/^log/, name)}: ${p.message}`);
  // A card's entries are in time order (replays depend on it); equal times keep their log order.
  const last = new Map<string, number>();
  return log.filter((e, i) => {
    const before = last.get(e.cardId);
    if (before !== undefined && e.review < before) {
      errors.push(`${name} entry ${i}: ${e.cardId} is earlier than its previous entry`);
      return false;
    }
    last.set(e.cardId, e.review);
    return true;
  });
}

/**
 * The one validator for everything read back (storage, imports), at `now`: ok with the progress, or
 * an error naming the first problem (e.g. `cards["404:recall"].due: expected a number`) plus what
 * could be saved. What it accepts the app can grade, save and accept again (progress-time.ts).
 */
export function restoreProgress(raw: unknown, now: number): RestoreResult {
  const errors: string[] = [];
  let input = raw;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input) as unknown;
    } catch (e) {
      return {
        ok: false,
        reason: 'not-json',
        error: `file: not JSON (${(e as Error).message.slice(0, 100)})`,
        partial: emptyProgress(),
      };
    }
  }
  if (!isObject(input)) {
    const error = 'file: expected an object (a progress file of HTTP Status Trainer)';
    return { ok: false, reason: 'not-object', error, partial: emptyProgress() };
  }
  const migrated = migrateProgress(input, errors);
  if ('reason' in migrated) {
    const { reason, error } = migrated;
    const newer = migrated.reason === 'newer-version' ? { newerVersion: migrated.version } : {};
    return { ok: false, reason, error, partial: emptyProgress(), ...newer };
  }
  const body = migrated.body;

  const settingsCheck = settingsSchema.safeParse(body.settings);
  if (!settingsCheck.success) errors.push(formatIssue(settingsCheck.error, ['settings']));
  const settings = normalizeSettings(body.settings);
  // A parameter set out of ts-fsrs's ranges is refused too: the defaults stand.
  if (settings.parameters && parameterProblem(settings.parameters)) delete settings.parameters;
  const bounds = { latestEvent: latestEventTime(now), latestDue: latestDueTime(now) };
  // A file can be no later than its own export: entries after it are damage (or forgery).
  const exportedAt = body.exportedAt;
  if (exportedAt !== undefined) {
    const ok =
      typeof exportedAt === 'number' &&
      Number.isSafeInteger(exportedAt) &&
      exportedAt >= 0 &&
      exportedAt <= bounds.latestEvent;
    if (!ok)
      errors.push(`exportedAt: expected a time from 1970 to ${formatTime(bounds.latestEvent)}`);
    else bounds.latestEvent = Math.min(bounds.latestEvent, exportedAt + EXPORT_SLACK_MS);
  }
  const rawReset = body.resetAt === undefined ? 0 : body.resetAt;
  const resetOk =
    typeof rawReset === 'number' &&
    Number.isSafeInteger(rawReset) &&
    rawReset >= 0 &&
    rawReset <= bounds.latestEvent;
  if (!resetOk) {
    errors.push(`resetAt: expected a time from 1970 to ${formatTime(bounds.latestEvent)}`);
  }
  const cards = readCards(body.cards, errors);
  const log = readLog(body.log, 'log', errors, bounds.latestEvent);
  const undone = readLog(body.undone, 'undone', errors, bounds.latestEvent).slice(-MAX_UNDONE);
  // Events whose review is no longer in the log were undone elsewhere: dropped, not an error.
  const confusions = confusionsInLog(readConfusions(body.confusions, errors), log);

  // The log is the source of truth: a card missing or behind its log is rebuilt from it, and a card
  // the app could not have written (impossible times or memory state) is left out or rebuilt.
  const latest = new Map<string, number>();
  for (const e of log) latest.set(e.cardId, Math.max(latest.get(e.cardId) ?? 0, e.review));
  for (const [id, card] of Object.entries(cards)) {
    const problem = cardProblem(card, latest.get(id), bounds);
    if (!problem) continue;
    errors.push(`${formatPath(['cards', id, problem[0]])}: ${problem[1]}`);
    delete cards[id];
  }
  const scheduler = createScheduler(settings);
  for (const [id, at] of latest) {
    if (cards[id]?.updatedAt !== at) cards[id] = scheduler.replay(id, log);
  }

  const value: ProgressData = {
    settings,
    cards,
    log,
    resetAt: resetOk ? rawReset : 0,
    undone,
    confusions,
  };
  if (errors.length === 0) return { ok: true, value };
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem(s))` : '';
  const leftOut: LeftOut = {
    cards: isObject(body.cards) ? Object.keys(body.cards).filter((id) => !cards[id]).length : 0,
    entries: Math.max(0, entryCount(body.log) - log.length),
    settings: settingsCheck.success
      ? 0
      : new Set(settingsCheck.error.issues.map((i) => String(i.path[0] ?? ''))).size,
  };
  return {
    ok: false,
    reason: 'invalid',
    error: `${errors[0]}${more}`,
    partial: value,
    leftOut,
    problems: errors.slice(0, MAX_PROBLEMS),
  };
}
