// The review log is most of what is saved, so it is stored column-free and delta-coded: card ids are
// listed once, and each entry is five integers [id index, code, milliseconds since the previous
// entry, duration in seconds, state before]. A year of daily study stays near 600 KB.
import {
  CARD_STATES,
  MANUAL_ACTIONS,
  parseCardId,
  type LogEntry,
  type ManualAction,
} from './card-model';
import { formatTime, MAX_DATE_MS } from './progress-time';

export const FIELDS_PER_ENTRY = 5;

/** The log as saved: ids once, then FIELDS_PER_ENTRY integers per entry. */
export interface CompactLog {
  ids: string[];
  entries: number[];
}

// Codes 1–4 are grades; manual actions follow, in MANUAL_ACTIONS order; 11–14 are grades of cards
// added from a quiz (FROM_QUIZ + grade).
const ACTION_CODE: Record<ManualAction, number> = {
  reset: 0,
  suspend: 5,
  unsuspend: 6,
  reschedule: 7,
};
const FROM_QUIZ = 10;
const CODE_ACTION = new Map<number, ManualAction>(
  MANUAL_ACTIONS.map((a) => [ACTION_CODE[a], a] as const),
);

/** The compact form of a log (durations are whole seconds, so nothing is lost). */
export function encodeLog(log: readonly LogEntry[]): CompactLog {
  const index = new Map<string, number>();
  const ids: string[] = [];
  for (const e of log) {
    if (!index.has(e.cardId)) {
      index.set(e.cardId, ids.length);
      ids.push(e.cardId);
    }
  }
  return { ids, entries: encodeEntries(log, index) };
}

/**
 * The FIELDS_PER_ENTRY integers of each entry, given the id table and the time (epoch ms) of the
 * entry before the first one, so that a log can be encoded piece by piece.
 */
export function encodeEntries(
  log: readonly LogEntry[],
  index: ReadonlyMap<string, number>,
  previousTime = 0,
): number[] {
  const entries: number[] = [];
  let previous = previousTime;
  for (const e of log) {
    const i = index.get(e.cardId) ?? -1;
    if ('grade' in e) {
      const state = CARD_STATES.indexOf(e.state);
      const code = e.fromQuiz ? FROM_QUIZ + e.grade : e.grade;
      entries.push(i, code, e.review - previous, Math.round(e.durationMs / 1000), state);
    } else {
      entries.push(i, ACTION_CODE[e.action], e.review - previous, 0, 0);
    }
    previous = e.review;
  }
  return entries;
}

/** Where and why an entry of a compact log is unusable. */
export interface LogProblem {
  path: string;
  message: string;
}

/**
 * The entries of a compact log. Unusable entries (among them any dated after `latest`) are reported
 * and skipped (the others are kept), so that a caller can either reject the whole log or salvage the rest.
 */
export function decodeLog(
  log: CompactLog,
  latest = MAX_DATE_MS,
): { log: LogEntry[]; problems: LogProblem[] } {
  const problems: LogProblem[] = [];
  const validId = log.ids.map((id, i) => {
    const ok = parseCardId(id) !== undefined;
    if (!ok) problems.push({ path: `log.ids[${i}]`, message: 'not a card id' });
    return ok;
  });
  const out: LogEntry[] = [];
  if (log.entries.length % FIELDS_PER_ENTRY !== 0) {
    problems.push({
      path: 'log.entries',
      message: `expected a multiple of ${FIELDS_PER_ENTRY} numbers, found ${log.entries.length}`,
    });
  }
  let time = 0;
  const e = log.entries;
  const n = Math.floor(log.entries.length / FIELDS_PER_ENTRY);
  for (let k = 0; k < n; k++) {
    const at = k * FIELDS_PER_ENTRY;
    const idIndex = e[at] as number;
    const code = e[at + 1] as number;
    const delta = e[at + 2] as number;
    const duration = e[at + 3] as number;
    const state = e[at + 4] as number;
    time += delta;
    const cardId = log.ids[idIndex];
    const fail = (message: string) =>
      problems.push({ path: `log.entries[${at}] (entry ${k})`, message });
    if (cardId === undefined || !validId[idIndex]) {
      fail(`card index ${idIndex} does not name a card in log.ids`);
    } else if (!Number.isSafeInteger(time) || time < 0 || time > latest) {
      fail(`review time out of range (after ${formatTime(latest)} or before 1970)`);
    } else if ((code >= 1 && code <= 4) || (code > FROM_QUIZ && code <= FROM_QUIZ + 4)) {
      const stateName = CARD_STATES[state];
      if (duration < 0 || duration > 3600) fail('duration must be 0–3600 seconds');
      else if (stateName === undefined) fail(`state ${state} is not 0–3`);
      else
        out.push({
          cardId,
          grade: (code % FROM_QUIZ) as 1 | 2 | 3 | 4,
          review: time,
          durationMs: duration * 1000,
          state: stateName,
          ...(code > FROM_QUIZ ? { fromQuiz: true as const } : {}),
        });
    } else {
      const action = CODE_ACTION.get(code);
      if (action === undefined) fail(`code ${code} is neither a grade (1–4, 11–14) nor an action`);
      else out.push({ cardId, action, review: time });
    }
  }
  return { log: out, problems };
}
