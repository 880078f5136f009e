import { describe, expect, it } from 'vitest';
import { buildDeck, CARD_KINDS, type CardState, type LogEntry } from './card-model';
import type { ClassDigit } from './code-classes';
import type { CodeFacts } from './dataset-schema';
import { buildQueue, KIND_SPACING } from './queue';

// The four kinds of issue 15 in the queue: gated by the code's recall card graduating, siblings on
// the next day, the introduction order kept, and the pairs the learner mixed up first.

const facts = (code: number): CodeFacts => ({
  code,
  phrase: `P${code}`,
  formerPhrases: [],
  class: Math.floor(code / 100) as ClassDigit,
  status: 'standard',
  spec: [],
  headers: [],
  related: [],
});
const CODES = [401, 403, 405, 501].map(facts);
const DECK = buildDeck(CODES, {
  kinds: [...CARD_KINDS],
  includeUnofficial: false,
  available: { header: [401, 405], wire: [401, 405], behaviour: [405] },
  pairs: [
    [401, 403],
    [405, 501],
  ],
});
const NOW = new Date(2026, 4, 12, 10, 0).getTime();
const DAY = 86_400_000;
const ALL = { classes: [1, 2, 3, 4, 5] as ClassDigit[], includeUnofficial: false };

function card(id: string, state: CardState['state']): CardState {
  return {
    id,
    due: NOW + 3 * DAY,
    stability: 5,
    difficulty: 5,
    reps: 3,
    lapses: 0,
    state,
    scheduledDays: 3,
    learningSteps: 0,
    lastReview: NOW - DAY,
    updatedAt: NOW - DAY,
  };
}
const studied = (id: string, at: number): LogEntry => ({
  cardId: id,
  grade: 3,
  review: at,
  durationMs: 1000,
  state: 'new',
});
const newIds = (cards: Record<string, CardState>, log: LogEntry[], over = {}) =>
  buildQueue({
    deck: DECK,
    cards,
    log,
    settings: { dailyNewLimit: 50, dayStartHour: 4, burySiblings: false },
    filter: ALL,
    now: NOW,
    ...over,
  })
    .items.filter((i) => i.queue === 'new')
    .map((i) => i.cardId);

describe('the deck with every kind', () => {
  it('has knowledge kinds only for codes with knowledge, one duel per pair, each gated', () => {
    const of405 = DECK.filter((d) => d.code === 405).map((d) => d.id);
    expect(of405).toEqual([
      '405:recall',
      '405:reverse',
      '405:scenario',
      '405:header',
      '405:wire',
      '405:duel:501',
      '405:behaviour',
    ]);
    expect(DECK.some((d) => d.id === '403:header')).toBe(false);
    expect(DECK.find((d) => d.id === '405:header')?.gate).toEqual({
      ids: ['405:recall'],
      graduated: true,
    });
    expect(DECK.find((d) => d.id === '405:reverse')?.gate).toEqual({
      ids: ['405:recall'],
      graduated: false,
    });
    expect(DECK.find((d) => d.id === '401:duel:403')).toMatchObject({
      pair: [401, 403],
      gate: { ids: ['401:recall', '403:recall'], graduated: true },
    });
  });

  it('lets the first enabled kind lead when recall is off', () => {
    const deck = buildDeck(CODES, {
      kinds: ['scenario', 'header'],
      includeUnofficial: false,
      available: { header: [405] },
    });
    expect(deck.find((d) => d.id === '405:header')?.gate).toEqual({
      ids: ['405:scenario'],
      graduated: true,
    });
  });
});

describe('buildQueue with the new kinds', () => {
  it("introduces a code's new kinds only once its recall card has graduated, from the next day", () => {
    // Recall studied yesterday but still learning: the follow-up kinds of issue 12 come, not the new ones.
    const learning = { '405:recall': card('405:recall', 'learning') };
    const log = [studied('405:recall', NOW - DAY)];
    const fresh = newIds(learning, log);
    expect(fresh).toContain('405:reverse');
    expect(fresh.filter((id) => /^405:(header|wire|behaviour)/.test(id))).toEqual([]);
    // Graduated (in review) and studied before today: header, wire and behaviour may come.
    const graduated = { '405:recall': card('405:recall', 'review') };
    expect(newIds(graduated, log)).toEqual(
      expect.arrayContaining(['405:header', '405:wire', '405:behaviour']),
    );
    // Graduated today: they wait for tomorrow.
    expect(
      newIds(graduated, [studied('405:recall', NOW - 60_000)]).filter((id) =>
        id.startsWith('405:h'),
      ),
    ).toEqual([]);
  });

  it('introduces a duel only once both codes have graduated', () => {
    const one = { '405:recall': card('405:recall', 'review') };
    const log = [studied('405:recall', NOW - DAY), studied('501:recall', NOW - DAY)];
    expect(newIds(one, log)).not.toContain('405:duel:501');
    const both = { ...one, '501:recall': card('501:recall', 'review') };
    expect(newIds(both, log)).toContain('405:duel:501');
  });

  it('keeps the introduction order, each further kind a day’s worth of places later', () => {
    const cards = {
      '405:recall': card('405:recall', 'review'),
      '401:recall': card('401:recall', 'review'),
    };
    const log = [studied('405:recall', NOW - DAY), studied('401:recall', NOW - DAY)];
    // 405 before 401 in this order: each of 405's kinds comes before the same kind of 401.
    const ranks = new Map([
      [405, 0],
      [401, 1],
      [403, 2],
      [501, 3],
    ]);
    const fresh = newIds(cards, log, { ranks });
    expect(fresh.indexOf('405:header')).toBeLessThan(fresh.indexOf('401:header'));
    expect(fresh.indexOf('405:header')).toBeLessThan(fresh.indexOf('405:wire'));
    expect(KIND_SPACING).toBeGreaterThan(0);
  });

  it('introduces the duels of pairs the learner mixed up before other new cards', () => {
    const cards = {
      '401:recall': card('401:recall', 'review'),
      '403:recall': card('403:recall', 'review'),
      '405:recall': card('405:recall', 'review'),
    };
    const log = ['401:recall', '403:recall', '405:recall'].map((id) => studied(id, NOW - DAY));
    expect(newIds(cards, log)[0]).not.toBe('401:duel:403');
    expect(newIds(cards, log, { first: ['401:duel:403'] })[0]).toBe('401:duel:403');
    // A mixed-up pair whose codes have not graduated still waits.
    expect(newIds({}, [], { first: ['401:duel:403'] })).not.toContain('401:duel:403');
  });

  it('counts a pair card for both its codes when siblings are buried', () => {
    const cards = {
      '405:recall': card('405:recall', 'review'),
      '501:recall': card('501:recall', 'review'),
    };
    const log = [studied('405:recall', NOW - DAY), studied('501:recall', NOW - DAY)];
    const items = buildQueue({
      deck: DECK,
      cards,
      log,
      settings: { dailyNewLimit: 50, dayStartHour: 4, burySiblings: true },
      filter: ALL,
      now: NOW,
      first: ['405:duel:501'],
    }).items;
    // The duel takes today's card of both 405 and 501: nothing else of either comes today.
    expect(items.filter((i) => i.code === 405 || i.code === 501).map((i) => i.cardId)).toEqual([
      '405:duel:501',
    ]);
    // Answered today, a duel keeps both codes busy.
    const after = buildQueue({
      deck: DECK,
      cards: { ...cards, '405:duel:501': card('405:duel:501', 'learning') },
      log: [...log, studied('405:duel:501', NOW - 60_000)],
      settings: { dailyNewLimit: 50, dayStartHour: 4, burySiblings: true },
      filter: ALL,
      now: NOW,
    }).items;
    expect(after.some((i) => i.code === 501 && i.queue === 'new')).toBe(false);
  });
});
