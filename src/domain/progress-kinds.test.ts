import { describe, expect, it } from 'vitest';
import { CARD_KINDS } from './card-model';
import { exportProgress, PROGRESS_VERSION } from './progress-file';
import { restoreProgress } from './progress-restore';

// Progress as saved before issue 15 (format version 2, the three first kinds, no confusions): it
// loads unchanged, its card ids are still ours, and the new kinds are switched on once.
const T = 1_780_000_000_000;
const DAY = 86_400_000;
const BEFORE_ISSUE_15 = {
  format: 'http-status-trainer-progress',
  version: 2,
  resetAt: 0,
  settings: {
    desiredRetention: 0.9,
    maximumIntervalDays: 36500,
    learningSteps: ['1m', '10m'],
    relearningSteps: ['10m'],
    enableFuzz: true,
    leechThreshold: 8,
    dailyNewLimit: 20,
    dayStartHour: 4,
    kinds: ['recall', 'scenario'],
    includeUnofficial: false,
    quizCountsAsReview: true,
    newCardOrder: 'essentials',
    burySiblings: true,
    autoAcceptGrade: false,
  },
  cards: {
    '404:recall': {
      due: T + 600_000,
      stability: 2.3065,
      difficulty: 2.11810397,
      reps: 1,
      lapses: 0,
      state: 'learning',
      scheduledDays: 0,
      learningSteps: 1,
      lastReview: T,
      updatedAt: T,
    },
  },
  log: { ids: ['404:recall'], entries: [0, 3, T / 1000, 4, 0] },
  undone: { ids: [], entries: [] },
};

describe('progress saved before issue 15', () => {
  it('loads with the same cards and log, no confusions, and the new kinds switched on once (a version-2 save)', () => {
    const result = restoreProgress(JSON.parse(JSON.stringify(BEFORE_ISSUE_15)), T + DAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { value } = result;
    expect(value.cards['404:recall']).toMatchObject(BEFORE_ISSUE_15.cards['404:recall']);
    expect(value.log).toEqual([
      { cardId: '404:recall', grade: 3, review: T, durationMs: 4000, state: 'new' },
    ]);
    expect(value.confusions).toEqual([]);
    // Reverse stays off as the learner chose; the kinds that did not exist then come on.
    expect(value.settings.kinds).toEqual([
      'recall',
      'scenario',
      'header',
      'wire',
      'duel',
      'behaviour',
    ]);
    expect(value.settings.kindsOffered).toEqual([...CARD_KINDS]);
    // Saved again, nothing is lost and no version changes; a kind turned off later stays off.
    const again = exportProgress(
      { ...value, settings: { ...value.settings, kinds: ['recall'] } },
      T,
    );
    expect(again.version).toBe(PROGRESS_VERSION);
    const reread = restoreProgress(JSON.parse(JSON.stringify(again)), T + DAY);
    expect(reread.ok && reread.value.settings.kinds).toEqual(['recall']);
  });
});
