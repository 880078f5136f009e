// What the scheduler settings do to the learner's progress: fitted parameters in, defaults back,
// and every card rescheduled, each as one store update (so that other tabs merge it whole).
import type { StoreApi } from 'zustand/vanilla';
import { buildDeck } from '../domain/card-model';
import { CODES } from '../domain/dataset';
import { applyReschedule, planReschedule, type ReschedulePlan } from '../domain/reschedule';
import { createScheduler } from '../domain/scheduler';
import { normalizeSettings, type StudySettings } from '../domain/study-settings';
import { gradeHabits, simulateWorkload, type WorkloadInput } from '../domain/workload-simulation';
import type { ProgressState } from './progress-store';

type ProgressStore = StoreApi<ProgressState>;

/** Puts fitted weights in use, noting when and on how many reviews they were fitted. */
export function saveParameters(
  progress: ProgressStore,
  w: number[],
  reviewCount: number,
  now: number,
): void {
  progress.getState().updateSettings({ parameters: { w, optimizedAt: now, reviewCount } });
}

/** Puts ts-fsrs's default weights back in use. */
export function resetParameters(progress: ProgressStore): void {
  const rest: Partial<StudySettings> = { ...progress.getState().settings };
  delete rest.parameters;
  progress.setState({ settings: normalizeSettings(rest, rest as StudySettings) });
}

/** The simulator's input for the learner's deck and cards under `settings`. */
export function workloadInput(
  state: Pick<ProgressState, 'cards' | 'log'>,
  settings: StudySettings,
  now: number,
  days: number,
): WorkloadInput {
  const deck = buildDeck(CODES, settings);
  return {
    cards: deck.flatMap((d) => {
      const card = state.cards[d.id];
      return card ? [card] : [];
    }),
    newCards: deck.filter((d) => !state.cards[d.id]).length,
    settings,
    habits: gradeHabits(state.log),
    now,
    days,
    seed: 17,
    runs: 4,
  };
}

/** What rescheduling now would do, and the reviews per day over the next 30 days without and with it. */
export interface ReschedulePreview {
  plan: ReschedulePlan;
  reviewsPerDay: { before: number; after: number };
}

/** The preview of rescheduling every card under the current settings at `now`. */
export function previewReschedule(state: ProgressState, now: number): ReschedulePreview {
  const plan = planReschedule(state.cards, state.log, createScheduler(state.settings), now);
  if (plan.entries.length === 0) {
    return { plan, reviewsPerDay: { before: 0, after: 0 } };
  }
  const after = { ...state, ...applyReschedule(state, plan) };
  const per = (s: Pick<ProgressState, 'cards' | 'log'>) =>
    simulateWorkload(workloadInput(s, state.settings, now, 30)).reviewsPerDay;
  return { plan, reviewsPerDay: { before: per(state), after: per(after) } };
}

/**
 * Reschedules every card that the current settings would schedule differently, logging one
 * `reschedule` entry per card so that merges, undo, export and other tabs see it; returns how many.
 */
export function rescheduleCards(progress: ProgressStore, now: number): number {
  const s = progress.getState();
  const plan = planReschedule(s.cards, s.log, createScheduler(s.settings), now);
  if (plan.entries.length > 0) progress.setState(applyReschedule(s, plan));
  return plan.entries.length;
}
