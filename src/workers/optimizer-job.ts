// What the optimiser worker does with a request: training items from the log, a fit by fsrs-browser,
// and the scores of the current and the fitted weights on the same items, so that the page can keep
// the better ones. Kept apart from the worker's wiring so that it can be tested without a worker.
import type { LogEntry } from '../domain/card-model';
import { scoreParameters, type FitScore } from '../domain/fit-evaluation';
import { memoryModel, tidyParameters } from '../domain/scheduler';
import type { StudySettings } from '../domain/study-settings';
import {
  cardHistories,
  countTrainingItems,
  FULL_FIT_ITEMS,
  MIN_TRAINING_ITEMS,
  trainingArrays,
} from '../domain/training-items';
import { NotEnoughDataError, type Optimizer } from './fsrs-optimizer';
import { NOT_ENOUGH_DATA } from './optimizer-protocol';

export { NOT_ENOUGH_DATA } from './optimizer-protocol';

export interface OptimizeRequest {
  log: LogEntry[];
  settings: StudySettings;
}

export interface OptimizeResult {
  /** The fitted weights, checked, clipped and rounded. */
  w: number[];
  items: number;
  /** True when there were too few items to fit more than the four initial stabilities. */
  partial: boolean;
  current: FitScore;
  fitted: FitScore;
}

export type OptimizePhase = 'loading' | 'fitting' | 'comparing';

/** Messages of the optimiser worker, in order: phases, then done or failed. */
export type OptimizeMessage =
  | { type: 'progress'; phase: OptimizePhase }
  | { type: 'done'; value: OptimizeResult }
  | { type: 'failed'; detail: string };

/** Runs one optimisation, reporting through `post`; never throws (a failure is a message). */
export async function runOptimize(
  request: OptimizeRequest,
  load: () => Promise<Optimizer>,
  post: (message: OptimizeMessage) => void,
): Promise<void> {
  try {
    const { settings } = request;
    const histories = cardHistories(request.log, settings.dayStartHour);
    const items = countTrainingItems(histories);
    if (items < MIN_TRAINING_ITEMS) {
      post({ type: 'failed', detail: NOT_ENOUGH_DATA });
      return;
    }
    post({ type: 'progress', phase: 'loading' });
    const optimizer = await load();
    post({ type: 'progress', phase: 'fitting' });
    const raw = optimizer.fit(trainingArrays(histories));
    const w = tidyParameters(raw, settings.relearningSteps.length);
    post({ type: 'progress', phase: 'comparing' });
    const fittedSettings = { ...settings, parameters: { w, optimizedAt: 0, reviewCount: items } };
    post({
      type: 'done',
      value: {
        w,
        items,
        partial: items < FULL_FIT_ITEMS,
        current: scoreParameters(histories, memoryModel(settings)),
        fitted: scoreParameters(histories, memoryModel(fittedSettings)),
      },
    });
  } catch (e) {
    const detail =
      e instanceof NotEnoughDataError
        ? NOT_ENOUGH_DATA
        : e instanceof Error
          ? e.message
          : String(e);
    post({ type: 'failed', detail });
  }
}
