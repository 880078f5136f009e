// The daily loop as a learner meets it: the queue is rebuilt after every answer (as the Study screen
// does) and the first card of the rebuilt queue is shown next.
import { describe, expect, it } from 'vitest';
import { buildDeck, CARD_KINDS, type CardState, type LogEntry } from './card-model';
import { CODES } from './dataset';
import { introductionRanks } from './introduction-order';
import { buildQueue, type QueueItem } from './queue';
import { createScheduler, newCardState } from './scheduler';

const DAY = 86_400_000;
const START = new Date(2026, 10, 2, 9, 0).getTime();
const scheduler = createScheduler({ enableFuzz: false });
const deck = buildDeck(CODES, { kinds: [...CARD_KINDS], includeUnofficial: false });
const filter = { classes: [1, 2, 3, 4, 5] as const, includeUnofficial: false };

interface Learner {
  cards: Record<string, CardState>;
  log: LogEntry[];
}

/** Studies until the queue is empty or `answers` answers are given, always grading Good. */
function studyDay(
  learner: Learner,
  start: number,
  opts: { answers?: number; order?: 'essentials' | 'code'; bury?: boolean } = {},
): QueueItem[] {
  const shown: QueueItem[] = [];
  let now = start;
  const ranks = introductionRanks(opts.order ?? 'essentials');
  for (let i = 0; i < (opts.answers ?? 500); i++) {
    const { items } = buildQueue({
      deck,
      cards: learner.cards,
      log: learner.log,
      settings: { dailyNewLimit: 20, dayStartHour: 4, burySiblings: opts.bury ?? true },
      filter,
      ranks,
      now,
    });
    const last = shown[shown.length - 1];
    const next = items.find((it) => it.code !== last?.code) ?? items[0];
    if (!next) break;
    shown.push(next);
    const before = learner.cards[next.cardId] ?? newCardState(next.cardId, now);
    const result = scheduler.grade(before, 3, now, 8000);
    learner.cards[next.cardId] = result.card;
    learner.log.push(result.log);
    // Learning steps wait ten minutes; a learner who has nothing else waits with them.
    now += items.length === 1 && next.queue === 'learning' ? 10 * 60_000 : 10_000;
  }
  return shown;
}

const newOnes = (items: readonly QueueItem[]) => items.filter((i) => i.queue === 'new');

describe('the daily loop', () => {
  it('teaches the first 20 new cards from at least four classes, essentials first', () => {
    const learner: Learner = { cards: {}, log: [] };
    const fresh = newOnes(studyDay(learner, START));
    expect(fresh).toHaveLength(20);
    expect(new Set(fresh.map((i) => i.classDigit)).size).toBeGreaterThanOrEqual(4);
    const essentials = new Set([200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 405, 409, 422]);
    expect(fresh.filter((i) => essentials.has(i.code)).length).toBeGreaterThanOrEqual(12);
    expect(fresh.some((i) => i.code === 102 || i.code === 103)).toBe(false);
  });

  it('never shows two cards of one code on the same study day', () => {
    const learner: Learner = { cards: {}, log: [] };
    for (let day = 0; day < 5; day++) {
      const shown = studyDay(learner, START + day * DAY);
      const cardsByCode = new Map<number, Set<string>>();
      for (const item of shown) {
        const set = cardsByCode.get(item.code) ?? new Set<string>();
        set.add(item.cardId);
        cardsByCode.set(item.code, set);
      }
      for (const [code, ids] of cardsByCode) expect([day, code, ids.size]).toEqual([day, code, 1]);
    }
  });

  it("shows a code's recall card on its first day, and its other kinds on later days", () => {
    const learner: Learner = { cards: {}, log: [] };
    const day1 = newOnes(studyDay(learner, START));
    expect(day1.every((i) => i.kind === 'recall')).toBe(true);
    const day2 = newOnes(studyDay(learner, START + DAY));
    const firstDayCodes = new Set(day1.map((i) => i.code));
    for (const item of day2)
      if (item.kind !== 'recall') expect(firstDayCodes.has(item.code)).toBe(true);
    expect(day2.some((i) => i.kind !== 'recall')).toBe(true);
    // A new code still arrives on day two, so the learner keeps meeting new codes.
    expect(day2.some((i) => i.kind === 'recall')).toBe(true);
  });

  it('keeps the introduction order when the queue is rebuilt after every answer', () => {
    const learner: Learner = { cards: {}, log: [] };
    const first = buildQueue({
      deck,
      cards: {},
      log: [],
      settings: { dailyNewLimit: 20, dayStartHour: 4, burySiblings: true },
      filter,
      ranks: introductionRanks('essentials'),
      now: START,
    });
    const planned = newOnes(first.items).map((i) => i.cardId);
    const taught = newOnes(studyDay(learner, START)).map((i) => i.cardId);
    expect(taught).toEqual(planned);
  });

  it('introduces new cards in code order when the learner asks for it', () => {
    const learner: Learner = { cards: {}, log: [] };
    const codes = newOnes(studyDay(learner, START, { order: 'code' })).map((i) => i.code);
    expect(codes.slice(0, 5)).toEqual([100, 101, 102, 103, 104]);
  });
});
