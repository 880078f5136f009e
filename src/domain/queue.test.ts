import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDeck, type CardState, type LogEntry } from './card-model';
import type { CodeFacts } from './dataset-schema';
import type { ClassDigit } from './code-classes';
import { buildQueue, separateSiblings, type QueueFilter, type QueueItem } from './queue';
import { syntheticCards, syntheticDeck } from './simulate';

const facts = (code: number, status: CodeFacts['status'] = 'standard'): CodeFacts => ({
  code,
  phrase: `P${code}`,
  formerPhrases: [],
  class: Math.floor(code / 100) as ClassDigit,
  status,
  spec: [],
  headers: [],
  related: [],
});
const CODES = [100, 101, 200, 201, 400, 404].map((c) => facts(c)).concat(facts(218, 'unofficial'));
const DECK = buildDeck(CODES, {
  kinds: ['recall', 'reverse', 'scenario'],
  includeUnofficial: true,
});
const ALL: QueueFilter = { classes: [1, 2, 3, 4, 5], includeUnofficial: true };
const SETTINGS: { dailyNewLimit: number; dayStartHour: number; burySiblings?: boolean } = {
  dailyNewLimit: 20,
  dayStartHour: 4,
};
const NOW = new Date(2026, 4, 12, 10, 0).getTime();
const MIN = 60_000;
const DAY = 86_400_000;

function card(id: string, state: CardState['state'], due: number, stability = 5): CardState {
  return {
    id,
    due,
    stability,
    difficulty: 5,
    reps: 3,
    lapses: 0,
    state,
    scheduledDays: 1,
    learningSteps: 0,
    lastReview: due - DAY,
    updatedAt: due - DAY,
  };
}
const byId = (...cards: CardState[]) => Object.fromEntries(cards.map((c) => [c.id, c]));
const ids = (items: readonly QueueItem[]) => items.map((i) => i.cardId);
const introduced = (id: string, review: number): LogEntry => ({
  cardId: id,
  grade: 3,
  review,
  durationMs: 1000,
  state: 'new',
});
const queue = (over: Partial<Parameters<typeof buildQueue>[0]> = {}) =>
  buildQueue({
    deck: DECK,
    cards: {},
    log: [],
    settings: SETTINGS,
    filter: ALL,
    now: NOW,
    ...over,
  });

describe('buildQueue', () => {
  it('puts due learning cards first, then due reviews, then new cards, then learning due soon', () => {
    const cards = byId(
      card('404:scenario', 'review', NOW - DAY),
      card('200:recall', 'learning', NOW - 5 * MIN),
      card('201:recall', 'relearning', NOW - 1 * MIN),
      card('400:recall', 'learning', NOW + 5 * MIN),
      card('404:recall', 'learning', NOW + 2 * 60 * MIN), // not today's business yet
    );
    const { items, counts } = queue({ cards, settings: { ...SETTINGS, dailyNewLimit: 1 } });
    expect(items.map((i) => [i.cardId, i.queue])).toEqual([
      ['200:recall', 'learning'],
      ['201:recall', 'learning'],
      ['404:scenario', 'review'],
      ['100:recall', 'new'],
      ['400:recall', 'learning'],
    ]);
    expect(counts).toEqual({ learning: 3, due: 1, new: 1 });
  });

  it('orders reviews by how overdue they are relative to their stability', () => {
    const cards = byId(
      card('100:recall', 'review', NOW - 10 * DAY, 100), // 0.1 stability-days late
      card('200:recall', 'review', NOW - 2 * DAY, 1), // 2
      card('400:recall', 'review', NOW - 3 * DAY, 10), // 0.3
      card('101:recall', 'review', NOW + 3 * 60 * MIN, 10), // due later today: still today's
      card('201:recall', 'review', NOW + DAY, 10), // tomorrow
    );
    const { items } = queue({ cards, settings: { ...SETTINGS, dailyNewLimit: 0 } });
    expect(ids(items)).toEqual(['200:recall', '400:recall', '100:recall', '101:recall']);
  });

  it('introduces new cards up to the daily limit minus those already introduced today', () => {
    const log = [
      introduced('100:recall', NOW - 60 * MIN),
      introduced('200:recall', NOW - 2 * 60 * MIN),
      introduced('400:recall', NOW - DAY), // yesterday: does not count
    ];
    const cards = byId(
      card('100:recall', 'learning', NOW + DAY),
      card('200:recall', 'learning', NOW + DAY),
      card('400:recall', 'review', NOW + 5 * DAY),
    );
    const { counts } = queue({ cards, log, settings: { ...SETTINGS, dailyNewLimit: 5 } });
    expect(counts.new).toBe(3);
    expect(queue({ cards, log, settings: { ...SETTINGS, dailyNewLimit: 2 } }).counts.new).toBe(0);
  });

  it('starts a fresh allowance of new cards at the day boundary, not at midnight', () => {
    const evening = new Date(2026, 4, 12, 23, 0).getTime();
    const log = [introduced('100:recall', evening), introduced('101:recall', evening + MIN)];
    const settings = { ...SETTINGS, dailyNewLimit: 2 };
    const lateNight = new Date(2026, 4, 13, 3, 59).getTime();
    const morning = new Date(2026, 4, 13, 4, 0).getTime();
    expect(queue({ log, settings, now: lateNight }).counts.new).toBe(0);
    expect(queue({ log, settings, now: morning }).counts.new).toBe(2);
  });

  it('introduces new cards in the given order, one card per code, its first kind first', () => {
    const ranks = new Map([400, 200, 100, 404, 201, 101].map((c, i) => [c, i]));
    const { items } = queue({ ranks, settings: { ...SETTINGS, dailyNewLimit: 4 } });
    expect(ids(items)).toEqual(['400:recall', '200:recall', '100:recall', '404:recall']);
    // Without an order, code order.
    expect(ids(queue({ settings: { ...SETTINGS, dailyNewLimit: 3 } }).items)).toEqual([
      '100:recall',
      '101:recall',
      '200:recall',
    ]);
  });

  it("introduces a code's other kinds only once its first kind was studied on an earlier day", () => {
    const yesterday = NOW - DAY;
    const today = NOW - 30 * MIN;
    const cards = byId(
      card('100:recall', 'review', NOW + 3 * DAY),
      card('200:recall', 'review', NOW + 3 * DAY),
    );
    const log = [introduced('100:recall', yesterday), introduced('200:recall', today)];
    const only = (codes: number[]) => ({
      classes: [1, 2] as ClassDigit[],
      includeUnofficial: false,
      codes,
    });
    // 100's recall card was studied yesterday: its reverse card may come today.
    expect(ids(queue({ cards, log, filter: only([100]) }).items)).toEqual(['100:reverse']);
    // 200's was first studied today: its other kinds wait, buried or not.
    expect(ids(queue({ cards, log, filter: only([200]) }).items)).toEqual([]);
    const unburied = { ...SETTINGS, burySiblings: false };
    expect(ids(queue({ cards, log, filter: only([200]), settings: unburied }).items)).toEqual([]);
    // When recall is not studied at all, the code's first studied kind leads.
    const deck = buildDeck(CODES, { kinds: ['reverse', 'scenario'], includeUnofficial: true });
    expect(ids(queue({ deck, filter: only([100]) }).items)).toEqual(['100:reverse']);
  });

  it('buries the siblings of a card answered today until the next study day starts (04:00)', () => {
    const evening = new Date(2026, 4, 12, 22, 0).getTime();
    const cards = byId(
      card('404:recall', 'review', evening + 4 * DAY),
      card('404:reverse', 'review', evening - DAY),
      card('400:recall', 'review', evening - DAY),
      card('400:reverse', 'review', evening - DAY),
    );
    const log: LogEntry[] = [{ ...introduced('404:recall', evening - 60 * MIN), state: 'review' }];
    const fours = { classes: [4] as ClassDigit[], includeUnofficial: false };
    const at = (now: number, settings = SETTINGS) =>
      ids(
        queue({ cards, log, now, filter: fours, settings: { ...settings, dailyNewLimit: 0 } })
          .items,
      );
    // 404 was answered tonight: its due reverse card waits; of 400's two due cards, one is shown.
    expect(at(evening)).toEqual(['400:recall']);
    expect(at(new Date(2026, 4, 13, 3, 59).getTime())).toEqual(['400:recall']);
    expect(at(new Date(2026, 4, 13, 4, 0).getTime()).sort()).toEqual(['400:recall', '404:reverse']);
    // The setting turns burying off.
    expect(at(evening, { ...SETTINGS, burySiblings: false })).toEqual([
      '400:recall',
      '404:reverse',
      '400:reverse',
    ]);
  });

  it('draws only from the chosen classes, and from unofficial codes only when asked', () => {
    const cards = byId(card('218:recall', 'review', NOW - DAY), card('404:recall', 'review', NOW));
    const twos = queue({ cards, filter: { classes: [2], includeUnofficial: false } });
    expect(new Set(twos.items.map((i) => i.code))).toEqual(new Set([200, 201]));
    const withUnofficial = queue({ cards, filter: { classes: [2], includeUnofficial: true } });
    expect(withUnofficial.items[0]?.cardId).toBe('218:recall');
    expect(withUnofficial.counts.due).toBe(1);
    expect(queue({ cards, filter: { classes: [], includeUnofficial: true } }).items).toEqual([]);
  });

  it('leaves out suspended cards and cards outside the deck', () => {
    const cards = byId(
      { ...card('100:recall', 'review', NOW - DAY), suspended: true },
      card('300:recall', 'review', NOW - DAY),
    );
    const { items } = queue({ cards, settings: { ...SETTINGS, dailyNewLimit: 0 } });
    expect(items).toEqual([]);
  });

  it('never shows two siblings back to back when the session has other codes (burying off)', () => {
    const cards = byId(
      card('400:recall', 'review', NOW - 3 * DAY, 1),
      card('400:reverse', 'review', NOW - 2 * DAY, 1),
      card('400:scenario', 'review', NOW - 1 * DAY, 1),
      card('404:recall', 'review', NOW - DAY, 10),
    );
    // 404's recall card was first studied days ago, so its other kinds may be introduced.
    const log = [introduced('404:recall', NOW - 5 * DAY)];
    const { items } = queue({
      cards,
      log,
      filter: { classes: [4], includeUnofficial: false },
      settings: { ...SETTINGS, burySiblings: false },
    });
    for (let i = 1; i < items.length; i++) expect(items[i]?.code).not.toBe(items[i - 1]?.code);
    // Only 404 can go between the 400s, so a new card is pulled forward to part the last two.
    const reviews = items.filter((i) => i.queue === 'review').map((i) => i.cardId);
    expect(reviews).toEqual(['400:recall', '404:recall', '400:reverse', '400:scenario']);
    expect(items.slice(0, 5).map((i) => i.queue)).toEqual([
      'review',
      'review',
      'review',
      'new',
      'review',
    ]);
  });

  it('gives counts equal to the session for any filter and any card states (property)', () => {
    const stateArb = fc.option(
      fc.record({
        state: fc.constantFrom('new', 'learning', 'review', 'relearning') as fc.Arbitrary<
          CardState['state']
        >,
        dueOffset: fc.integer({ min: -10 * DAY, max: 10 * DAY }),
        stability: fc.double({ min: 0.1, max: 300, noNaN: true }),
        suspended: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(stateArb, { minLength: DECK.length, maxLength: DECK.length }),
        fc.subarray([1, 2, 3, 4, 5] as ClassDigit[]),
        fc.boolean(),
        fc.integer({ min: 0, max: 30 }),
        fc.boolean(),
        (states, classes, includeUnofficial, dailyNewLimit, burySiblings) => {
          const cards: Record<string, CardState> = {};
          states.forEach((s, i) => {
            const d = DECK[i];
            if (!s || !d) return;
            const c = card(d.id, s.state, NOW + s.dueOffset, s.stability);
            cards[d.id] = s.suspended ? { ...c, suspended: true } : c;
          });
          const filter = { classes, includeUnofficial };
          const { items, counts } = queue({
            cards,
            filter,
            settings: { ...SETTINGS, dailyNewLimit, burySiblings },
          });
          const count = (q: string) => items.filter((i) => i.queue === q).length;
          expect(counts).toEqual({
            new: count('new'),
            learning: count('learning'),
            due: count('review'),
          });
          expect(new Set(ids(items)).size).toBe(items.length);
          expect(counts.new).toBeLessThanOrEqual(dailyNewLimit);
          for (const i of items) {
            expect(classes).toContain(i.classDigit);
            expect(cards[i.cardId]?.suspended).toBeUndefined();
            if (!includeUnofficial) expect(i.code).not.toBe(218);
          }
          // Buried: at most one new or review card of a code in a day's queue.
          const daily = items.filter((i) => i.queue !== 'learning').map((i) => i.code);
          if (burySiblings) expect(new Set(daily).size).toBe(daily.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('builds a 10,000-card queue whose counts are exactly its items (speed is in npm run bench)', () => {
    const deck = syntheticDeck(10_000);
    const cards = syntheticCards(deck, NOW);
    const log = Array.from({ length: 20_000 }, (_, i) => introduced(`${i}:recall`, NOW - i * MIN));
    const { items, counts } = buildQueue({
      deck,
      cards,
      log,
      settings: SETTINGS,
      filter: ALL,
      now: NOW,
    });
    expect(items.length).toBe(counts.new + counts.learning + counts.due);
    expect(new Set(items.map((i) => i.cardId)).size).toBe(items.length);
    expect(items.length).toBeGreaterThan(0);
  });
});

describe('separateSiblings', () => {
  const item = (code: number, n: number): QueueItem => ({
    cardId: `${code}:${n}`,
    code,
    kind: 'recall',
    classDigit: Math.floor(code / 100) as ClassDigit,
    queue: 'review',
  });

  it('separates siblings whenever some order allows it (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(200, 201, 404, 500), { maxLength: 30 }), (codes) => {
        const input = codes.map((c, i) => item(c, i));
        const out = separateSiblings(input);
        expect([...out].sort((a, b) => (a.cardId < b.cardId ? -1 : 1))).toEqual(
          [...input].sort((a, b) => (a.cardId < b.cardId ? -1 : 1)),
        );
        const most = Math.max(
          0,
          ...[200, 201, 404, 500].map((c) => codes.filter((x) => x === c).length),
        );
        if (most <= Math.ceil(codes.length / 2)) {
          for (let i = 1; i < out.length; i++) expect(out[i]?.code).not.toBe(out[i - 1]?.code);
        }
      }),
      { numRuns: 300 },
    );
  });
});
