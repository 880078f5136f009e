import { describe, expect, it } from 'vitest';
import { CODES } from './dataset';
import { decodeLog, encodeLog } from './progress-codec';
import { mergeProgress } from './progress-merge';
import { applyReschedule, planReschedule } from './reschedule';
import { createScheduler } from './scheduler';
import { simulateStudy } from './simulate';
import { DEFAULT_STUDY_SETTINGS } from './study-settings';

const DAY = 86_400_000;
const START = new Date(2026, 0, 5, 9, 0, 0).getTime();
const studied = simulateStudy({
  codes: CODES.slice(0, 20),
  days: 40,
  reviewsPerDay: 30,
  start: START,
  seed: 3,
});
const NOW = START + 41 * DAY;

describe('rescheduling on a change of settings', () => {
  it('a lower desired retention moves cards later, a higher one earlier', () => {
    const lower = planReschedule(
      studied.cards,
      studied.log,
      createScheduler({ ...studied.settings, desiredRetention: 0.8 }),
      NOW,
    );
    expect(lower.later).toBeGreaterThan(0);
    expect(lower.earlier).toBe(0);
    const higher = planReschedule(
      studied.cards,
      studied.log,
      createScheduler({ ...studied.settings, desiredRetention: 0.95 }),
      NOW,
    );
    expect(higher.earlier).toBeGreaterThan(0);
    expect(higher.later).toBe(0);
    expect(higher.entries).toHaveLength(higher.earlier);
  });

  it('leaves everything alone when nothing changed', () => {
    const plan = planReschedule(studied.cards, studied.log, createScheduler(studied.settings), NOW);
    expect(plan.entries).toEqual([]);
  });

  it('records one reschedule entry per moved card, which a replay reproduces', () => {
    const settings = { ...studied.settings, desiredRetention: 0.8 };
    const scheduler = createScheduler(settings);
    const plan = planReschedule(studied.cards, studied.log, scheduler, NOW);
    const after = applyReschedule(studied, plan);
    for (const entry of plan.entries) {
      expect(entry).toEqual({ cardId: entry.cardId, action: 'reschedule', review: entry.review });
      expect(entry.review).toBeGreaterThanOrEqual(Math.floor(NOW / 1000) * 1000);
      const card = after.cards[entry.cardId];
      expect(scheduler.replay(entry.cardId, after.log)).toEqual(card);
    }
    // The entries survive the compact log used by storage and export files.
    expect(decodeLog(encodeLog(after.log)).log).toEqual(after.log);
  });

  it('undoing a later answer keeps the rescheduled state', () => {
    const settings = { ...studied.settings, desiredRetention: 0.8 };
    const scheduler = createScheduler(settings);
    const plan = planReschedule(studied.cards, studied.log, scheduler, NOW);
    const after = applyReschedule(studied, plan);
    const entry = plan.entries[0];
    if (!entry) throw new Error('nothing rescheduled');
    const moved = after.cards[entry.cardId];
    if (!moved) throw new Error('card missing');
    const answer = scheduler.grade(moved, 3, moved.due + DAY, 4_000);
    const history = [...after.log, answer.log];
    expect(scheduler.undo(answer.card, answer.log, history)).toEqual(moved);
  });

  it('a tab that merges another tab’s reschedule gets the moved cards', () => {
    const settings = { ...studied.settings, desiredRetention: 0.8 };
    const plan = planReschedule(studied.cards, studied.log, createScheduler(settings), NOW);
    const rescheduled = { ...studied, settings, ...applyReschedule(studied, plan) };
    const merged = mergeProgress({ ...studied, settings }, rescheduled);
    for (const entry of plan.entries) {
      expect(merged.cards[entry.cardId]).toEqual(rescheduled.cards[entry.cardId]);
      expect(merged.log).toContainEqual(entry);
    }
    // And the other way round.
    const back = mergeProgress(rescheduled, { ...studied, settings });
    expect(back.cards).toEqual(rescheduled.cards);
  });

  it('the maximum interval caps rescheduled intervals', () => {
    const scheduler = createScheduler({ ...DEFAULT_STUDY_SETTINGS, maximumIntervalDays: 3 });
    const plan = planReschedule(studied.cards, studied.log, scheduler, NOW);
    expect(plan.earlier).toBeGreaterThan(0);
    // ts-fsrs keeps Hard < Good < Easy a day apart each, so Good and Easy may pass the cap by 1 and 2.
    const days = Object.values(plan.cards).map((c) => (c.due - (c.lastReview ?? 0)) / DAY);
    expect(days.length).toBeGreaterThan(10);
    expect(Math.max(...days)).toBeLessThanOrEqual(5);
  });
});
