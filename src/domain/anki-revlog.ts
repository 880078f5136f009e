// The review log as Anki's revlog rows: ease 1–4, type learn/review/relearn (resets as manual
// entries), time in ms, and the interval after each review from a replay of the card.
import { ANKI_KINDS, DEFAULT_FACTOR, noteId } from './anki-ids';
import { isReview, type CardKind, type CardState, type LogEntry } from './card-model';
import { createScheduler } from './scheduler';
import type { StudySettings } from './study-settings';

export interface RevlogRow {
  id: number;
  cid: number;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
}

/** Anki's interval of a card after a review: whole days once in review, else minus seconds. */
function ankiInterval(card: CardState, at: number): number {
  return card.state === 'review'
    ? Math.max(1, Math.round(card.scheduledDays))
    : -Math.max(60, Math.round((card.due - at) / 1000));
}

/** Revlog rows for the reviews (and resets) of the log, with intervals from a replay. */
export function revlogRows(settings: StudySettings, log: readonly LogEntry[]): RevlogRow[] {
  const scheduler = createScheduler(settings);
  const state = new Map<string, CardState>();
  const lastIvl = new Map<string, number>();
  const ids = new Set<number>();
  const rows: RevlogRow[] = [];
  for (const entry of [...log].sort((a, b) => a.review - b.review)) {
    const parsed = /^(\d{3}):(\w+)$/.exec(entry.cardId);
    // Only kinds with fixed sides become notes (ANKI_KINDS); the others' reviews have no card there.
    if (!parsed || !ANKI_KINDS.includes(parsed[2] as CardKind)) continue;
    const cid = noteId(Number(parsed[1]), parsed[2] as CardKind);
    const card = scheduler.apply(state.get(entry.cardId), entry);
    state.set(entry.cardId, card);
    let id = entry.review;
    while (ids.has(id)) id++; // Anki's revlog id is its time in ms and must be unique.
    if (isReview(entry)) {
      ids.add(id);
      const ivl = ankiInterval(card, entry.review);
      const type = entry.state === 'review' ? 1 : entry.state === 'relearning' ? 2 : 0;
      rows.push({
        id,
        cid,
        ease: entry.grade,
        ivl,
        lastIvl: lastIvl.get(entry.cardId) ?? 0,
        factor: type === 0 ? 0 : DEFAULT_FACTOR,
        time: entry.durationMs,
        type,
      });
      lastIvl.set(entry.cardId, ivl);
    } else if (entry.action === 'reset') {
      // Anki logs "Forget" as a manual entry with ease 0.
      ids.add(id);
      rows.push({ id, cid, ease: 0, ivl: 0, lastIvl: 0, factor: 0, time: 0, type: 4 });
      lastIvl.delete(entry.cardId);
    }
  }
  return rows;
}
