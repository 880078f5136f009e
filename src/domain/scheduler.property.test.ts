import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_IDS, play, settingsArb, stepArb, type Step } from '../../tests/progress-arbitraries';
import { isReview, type CardState } from './card-model';

const steps = fc.array(stepArb, { minLength: 1, maxLength: 80 });

function expectSane(card: CardState) {
  expect(Number.isFinite(card.due)).toBe(true);
  expect(Number.isFinite(card.stability)).toBe(true);
  expect(Number.isFinite(card.difficulty)).toBe(true);
  if (card.lastReview !== undefined) {
    // No negative or zero intervals, whatever the clock did.
    expect(card.due).toBeGreaterThan(card.lastReview);
    expect(card.stability).toBeGreaterThan(0);
    expect(card.difficulty).toBeGreaterThanOrEqual(1);
    expect(card.difficulty).toBeLessThanOrEqual(10);
  }
}

describe('scheduler properties', () => {
  it('keeps every due date finite and after the last review, through clock jumps both ways', () => {
    fc.assert(
      fc.property(steps, settingsArb, (s, settings) => {
        const { cards, log } = play(s, settings);
        for (const card of Object.values(cards)) expectSane(card);
        // Nothing is lost: one entry per grade or action, each card's entries strictly in time order.
        expect(log.length).toBe(s.filter((x: Step) => x.kind !== 'clock').length);
        for (const id of CARD_IDS) {
          const times = log.filter((e) => e.cardId === id).map((e) => e.review);
          for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1]!);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('rebuilds every card from the log into exactly the state answering produced', () => {
    fc.assert(
      fc.property(steps, settingsArb, (s, settings) => {
        const { scheduler, cards, log } = play(s, settings);
        for (const [id, card] of Object.entries(cards))
          expect(scheduler.replay(id, log)).toEqual(card);
      }),
      { numRuns: 150 },
    );
  });

  it('undoes the latest answer of any card exactly', () => {
    fc.assert(
      fc.property(steps, settingsArb, (s, settings) => {
        const upToLast = play(s.slice(0, -1), settings);
        const last = s[s.length - 1]!;
        const all = play(s, settings);
        const entry = all.log[all.log.length - 1];
        if (last.kind !== 'grade' || !entry || !isReview(entry)) return;
        const id = CARD_IDS[last.card]!;
        const restored = all.scheduler.undo(all.cards[id]!, entry, all.log);
        const before = upToLast.cards[id];
        // A card first seen in the undone answer goes back to "never studied".
        if (before) expect(restored).toEqual(before);
        else expect(restored).toMatchObject({ state: 'new', reps: 0, updatedAt: 0 });
      }),
      { numRuns: 150 },
    );
  });
});
