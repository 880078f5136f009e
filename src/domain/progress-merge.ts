import { isReview, type CardState, type LogEntry } from './card-model';
import { MAX_UNDONE, type ProgressData } from './progress-data';
import { createScheduler } from './scheduler';

/** What identifies one log entry across tabs and files. */
export function entryKey(e: LogEntry): string {
  return isReview(e)
    ? `${e.cardId}|${e.review}|${e.grade}|${e.durationMs}`
    : `${e.cardId}|${e.review}|${e.action}`;
}

function byTime(a: LogEntry, b: LogEntry): number {
  if (a.review !== b.review) return a.review - b.review;
  if (a.cardId !== b.cardId) return a.cardId < b.cardId ? -1 : 1;
  const ka = entryKey(a);
  const kb = entryKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function countByCard(log: readonly LogEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of log) counts.set(e.cardId, (counts.get(e.cardId) ?? 0) + 1);
  return counts;
}

/**
 * Both progresses in one, by review log: every entry of either survives (minus entries undone in
 * either, and entries made before the other side's more recent reset), in time order; cards whose
 * entries changed are replayed. Settings are `base`'s. Merging is deterministic, so two tabs that
 * merge each other's saves agree.
 */
export function mergeProgress(base: ProgressData, other: ProgressData): ProgressData {
  const resetAt = Math.max(base.resetAt, other.resetAt);
  // The side with the older reset only contributes what it did after the newer one.
  const baseKept = base.resetAt < resetAt ? base.log.filter((e) => e.review > resetAt) : base.log;
  const otherKept =
    other.resetAt < resetAt ? other.log.filter((e) => e.review > resetAt) : other.log;

  const undoneByKey = new Map<string, LogEntry>();
  for (const e of [...base.undone, ...other.undone]) undoneByKey.set(entryKey(e), e);
  const undone = [...undoneByKey.values()].sort(byTime).slice(-MAX_UNDONE);

  const byKey = new Map<string, LogEntry>();
  for (const e of [...baseKept, ...otherKept]) {
    const key = entryKey(e);
    if (!undoneByKey.has(key)) byKey.set(key, e);
  }
  const log = [...byKey.values()].sort(byTime);

  // A side's card is still right when that side lost none of the card's entries and gained none.
  const merged = countByCard(log);
  const side = (p: ProgressData, kept: readonly LogEntry[]) => {
    const keptKeys = new Set(kept.filter((e) => byKey.has(entryKey(e))).map(entryKey));
    const lost = new Set(p.log.filter((e) => !keptKeys.has(entryKey(e))).map((e) => e.cardId));
    return { cards: p.cards, counts: countByCard(p.log), lost, valid: p.resetAt === resetAt };
  };
  const sides = [side(base, baseKept), side(other, otherKept)];
  const scheduler = createScheduler(base.settings);
  const cards: Record<string, CardState> = {};
  for (const [id, n] of merged) {
    const same = sides.find((s) => s.valid && !s.lost.has(id) && s.counts.get(id) === n);
    cards[id] = same?.cards[id] ?? scheduler.replay(id, log);
  }
  // Cards with no entry at all carry nothing worth keeping across a reset; otherwise keep them.
  for (const s of sides) {
    if (!s.valid) continue;
    for (const [id, card] of Object.entries(s.cards)) {
      if (!merged.has(id) && card.updatedAt === 0) cards[id] ??= card;
    }
  }

  return { settings: base.settings, cards, log, resetAt, undone };
}
