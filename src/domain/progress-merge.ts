import { isReview, type CardState, type LogEntry } from './card-model';
import { entryKey } from './log-entry-key';
import { confusionsInLog } from './confusions';
import { MAX_UNDONE, type ProgressData } from './progress-data';
import { createScheduler } from './scheduler';

/** Time order, then card order; entries of one card at one time keep their order (a stable sort). */
function byTime(a: LogEntry, b: LogEntry): number {
  if (a.review !== b.review) return a.review - b.review;
  return a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0;
}

/** Whether two entries of one card at one time are the same event (cheaper than comparing keys). */
function sameEntry(x: LogEntry, y: LogEntry): boolean {
  if (isReview(x))
    return (
      isReview(y) && x.grade === y.grade && x.durationMs === y.durationMs && x.state === y.state
    );
  return !isReview(y) && x.action === y.action;
}

/** Both runs' entries, each as often as the side holding it more often has it, in key order. */
function unite(x: readonly LogEntry[], y: readonly LogEntry[]): LogEntry[] {
  const counted = new Map<string, { entry: LogEntry; x: number; y: number }>();
  for (const [run, side] of [
    [x, 'x'],
    [y, 'y'],
  ] as const) {
    for (const entry of run) {
      const key = entryKey(entry);
      const c = counted.get(key) ?? { entry, x: 0, y: 0 };
      c[side]++;
      counted.set(key, c);
    }
  }
  const out: LogEntry[] = [];
  for (const key of [...counted.keys()].sort()) {
    const c = counted.get(key) as { entry: LogEntry; x: number; y: number };
    for (let n = Math.max(c.x, c.y); n > 0; n--) out.push(c.entry);
  }
  return out;
}

/** Whether both logs have another entry at `i` and `j` at the same moment as the one before it. */
function sameMoment(x: readonly LogEntry[], i: number, y: readonly LogEntry[], j: number): boolean {
  const after = (log: readonly LogEntry[], k: number) =>
    k < log.length && byTime(log[k] as LogEntry, log[k - 1] as LogEntry) === 0;
  return after(x, i) || after(y, j);
}

/** The entries of `sorted` from `start` on that share the first one's card and time. */
function runAt(sorted: readonly LogEntry[], start: number): LogEntry[] {
  const first = sorted[start] as LogEntry;
  let end = start + 1;
  while (end < sorted.length && byTime(sorted[end] as LogEntry, first) === 0) end++;
  return sorted.slice(start, end);
}

function countByCard(log: readonly LogEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of log) counts.set(e.cardId, (counts.get(e.cardId) ?? 0) + 1);
  return counts;
}

interface Side {
  data: ProgressData;
  sorted: LogEntry[];
  /** Cards whose entries the merge changed beyond appending (undone elsewhere, or reordered). */
  lost: Set<string>;
  /** False when the other side's reset is more recent: then this side's cards are stale. */
  current: boolean;
}

/**
 * Both progresses in one, by review log: every entry of either survives (minus entries undone in
 * either, and entries made before the other side's more recent reset), in time order; cards whose
 * entries changed are replayed. Settings are `base`'s. Merging is deterministic, so two tabs that
 * merge each other's saves agree. Two different entries for one card at the same millisecond (two
 * tabs answering the same card at once) are both kept, in entryKey order, and the card replayed.
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
    } else if (
      sameEntry(x as LogEntry, y as LogEntry) &&
      !sameMoment(a.sorted, i + 1, b.sorted, j + 1)
    ) {
      log.push(x as LogEntry);
      i++;
      j++;
    } else {
      // One card, one moment, more than one entry between the sides: keep each distinct entry once,
      // in key order so that every tab agrees; a side whose own order differs must replay the card.
      const runA = runAt(a.sorted, i);
      const runB = runAt(b.sorted, j);
      const merged = unite(runA, runB);
      const keys = merged.map(entryKey);
      log.push(...merged);
      for (const [side, run] of [
        [a, runA],
        [b, runB],
      ] as const) {
        if (run.length !== keys.length || run.some((e, n) => entryKey(e) !== keys[n]))
          side.lost.add(runA[0]?.cardId ?? '');
      }
      i += runA.length;
      j += runB.length;
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
