import { isReview, type CardState, type LogEntry } from './card-model';
import { confusionsInLog } from './confusions';
import { MAX_UNDONE, type ProgressData } from './progress-data';
import { createScheduler } from './scheduler';

/** What identifies one log entry across tabs and files. */
export function entryKey(e: LogEntry): string {
  return isReview(e)
    ? `${e.cardId}|${e.review}|${e.grade}|${e.durationMs}`
    : `${e.cardId}|${e.review}|${e.action}`;
}

/** Time order; a card's entries all have distinct times, so (time, card) orders every log. */
function byTime(a: LogEntry, b: LogEntry): number {
  if (a.review !== b.review) return a.review - b.review;
  return a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0;
}

/** Whether two entries of one card at one time are the same event (cheaper than comparing keys). */
function sameEntry(x: LogEntry, y: LogEntry): boolean {
  if (isReview(x)) return isReview(y) && x.grade === y.grade && x.durationMs === y.durationMs;
  return !isReview(y) && x.action === y.action;
}

function countByCard(log: readonly LogEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of log) counts.set(e.cardId, (counts.get(e.cardId) ?? 0) + 1);
  return counts;
}

interface Side {
  data: ProgressData;
  sorted: LogEntry[];
  /** Cards that lost an entry in the merge (undone elsewhere, or beaten by another entry). */
  lost: Set<string>;
  /** False when the other side's reset is more recent: then this side's cards are stale. */
  current: boolean;
}

/**
 * Both progresses in one, by review log: every entry of either survives (minus entries undone in
 * either, and entries made before the other side's more recent reset), in time order; cards whose
 * entries changed are replayed. Settings are `base`'s. Merging is deterministic, so two tabs that
 * merge each other's saves agree. Two different entries for one card in the same second (two tabs
 * answering the same card at once) cannot both be replayed in order: the smaller one is kept.
 */
export function mergeProgress(base: ProgressData, other: ProgressData): ProgressData {
  const resetAt = Math.max(base.resetAt, other.resetAt);
  const undoneKeys = new Set([...base.undone, ...other.undone].map(entryKey));
  const undone = [
    ...new Map([...base.undone, ...other.undone].map((e) => [entryKey(e), e])).values(),
  ]
    .sort(byTime)
    .slice(-MAX_UNDONE);
  const undoneTimes = new Set([...base.undone, ...other.undone].map((e) => e.review));

  const side = (data: ProgressData): Side => {
    const current = data.resetAt === resetAt;
    // The side with the older reset only contributes what it did after the newer one.
    const kept = current ? data.log : data.log.filter((e) => e.review > resetAt);
    const lost = new Set<string>();
    const sorted = kept.filter((e) => {
      const gone = undoneTimes.has(e.review) && undoneKeys.has(entryKey(e));
      if (gone) lost.add(e.cardId);
      return !gone;
    });
    // Logs are appended in time order almost always, so this sort is close to a single pass.
    sorted.sort(byTime);
    return { data, sorted, lost, current };
  };
  const a = side(base);
  const b = side(other);

  // Merge-join of the two sorted logs; an entry both sides hold appears once.
  const log: LogEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.sorted.length || j < b.sorted.length) {
    const x = a.sorted[i];
    const y = b.sorted[j];
    const order = x && y ? byTime(x, y) : x ? -1 : 1;
    if (order < 0) {
      log.push(x as LogEntry);
      i++;
    } else if (order > 0) {
      log.push(y as LogEntry);
      j++;
    } else {
      const ex = x as LogEntry;
      const ey = y as LogEntry;
      let keep = ex;
      if (!sameEntry(ex, ey)) {
        const keepX = entryKey(ex) < entryKey(ey);
        (keepX ? b : a).lost.add(ex.cardId);
        keep = keepX ? ex : ey;
      }
      log.push(keep);
      i++;
      j++;
    }
  }

  // A side's card is still right when that side lost none of the card's entries and gained none.
  const merged = countByCard(log);
  const counts = [countByCard(a.data.log), countByCard(b.data.log)];
  const byCard = new Map<string, LogEntry[]>();
  for (const e of log) {
    const list = byCard.get(e.cardId);
    if (list) list.push(e);
    else byCard.set(e.cardId, [e]);
  }
  const scheduler = createScheduler(base.settings);
  const cards: Record<string, CardState> = {};
  for (const [id, n] of merged) {
    const same = [a, b].find(
      (s, k) => s.current && !s.lost.has(id) && counts[k]?.get(id) === n && s.data.cards[id],
    );
    cards[id] = same?.data.cards[id] ?? scheduler.replay(id, byCard.get(id) ?? []);
  }
  // Cards with no entry at all carry nothing worth keeping across a reset; otherwise keep them.
  for (const s of [a, b]) {
    if (!s.current) continue;
    for (const [id, card] of Object.entries(s.data.cards)) {
      if (!merged.has(id) && card.updatedAt === 0) cards[id] ??= card;
    }
  }

  const confusions = confusionsInLog(
    [...base.confusions, ...other.confusions].sort((x, y) => x.review - y.review),
    log,
  );
  return { settings: base.settings, cards, log, resetAt, undone, confusions };
}
