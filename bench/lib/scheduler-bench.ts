// Timings of the scheduler tools of Settings, in Node on the real modules: the optimiser (fsrs-browser's
// WebAssembly, single-threaded as in the app's worker) on training items from a simulated log, and the
// retention simulator over the whole deck.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildDeck, CARD_KINDS } from '../../src/domain/card-model';
import { CODES } from '../../src/domain/dataset';
import { simulateStudy } from '../../src/domain/simulate';
import { DEFAULT_STUDY_SETTINGS } from '../../src/domain/study-settings';
import {
  cardHistories,
  trainingArrays,
  type TrainingArrays,
} from '../../src/domain/training-items';
import {
  compareRetentions,
  gradeHabits,
  retentionGrid,
} from '../../src/domain/workload-simulation';
import type { Optimizer } from '../../src/workers/fsrs-optimizer';
import { figure, type Figure } from './stats';

const DAY = 86_400_000;
const START = new Date(2026, 0, 5, 19, 0).getTime();
const SETTINGS = { ...DEFAULT_STUDY_SETTINGS, kinds: [...CARD_KINDS], includeUnofficial: true };

export interface SchedulerBenchResult {
  optimize1k: Figure;
  optimize10k: Figure;
  simulateYear: Figure;
  setup: Record<string, string>;
}

/** The first `n` items of `all` (each item's reviews end to end). */
function firstItems(all: TrainingArrays, n: number): TrainingArrays {
  if (all.lengths.length < n) throw new Error(`only ${all.lengths.length} training items`);
  const lengths = all.lengths.slice(0, n);
  const total = lengths.reduce((a, b) => a + b, 0);
  return { lengths, ratings: all.ratings.slice(0, total), deltas: all.deltas.slice(0, total) };
}

/** fsrs-browser in Node: its thread-pool helper expects a worker's `self`, which it never uses here. */
async function nodeOptimizer(): Promise<Optimizer> {
  const scope = globalThis as unknown as { self?: unknown; addEventListener?: unknown };
  scope.self ??= globalThis;
  scope.addEventListener ??= () => undefined;
  const { loadOptimizer } = await import('../../src/workers/fsrs-optimizer');
  const wasm = readFileSync(
    createRequire(import.meta.url).resolve('fsrs-browser/fsrs_browser_bg.wasm'),
  );
  return loadOptimizer(wasm);
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** `runs` fits of 1,000 and of 10,000 items, and `runs` simulations of a year for each retention. */
export async function runSchedulerBench(runs: number): Promise<SchedulerBenchResult> {
  // Logs as learners would have them: ~6 weeks of 40 answers a day (1,000 items), and 150 days of
  // 100 a day (10,000); items of every card, in the order of the log's cards.
  const items = (days: number, perDay: number, n: number) => {
    const log = simulateStudy({ codes: CODES, days, reviewsPerDay: perDay, start: START, seed: 3 });
    return firstItems(trainingArrays(cardHistories(log.log, SETTINGS.dayStartHour)), n);
  };
  const small = items(45, 40, 1_000);
  const large = items(150, 100, 10_000);
  const studied = simulateStudy({
    codes: CODES,
    days: 150,
    reviewsPerDay: 100,
    start: START,
    seed: 3,
  });
  const optimizer = await nodeOptimizer();
  const silence = console.log;
  const fit = (items: TrainingArrays) => {
    console.log = () => undefined; // fsrs-rs prints each epoch's loss
    try {
      return time(() => optimizer.fit(items));
    } finally {
      console.log = silence;
    }
  };
  fit(small); // warm-up: WebAssembly compilation tiers
  const optimize1k = Array.from({ length: runs }, () => fit(small));
  const optimize10k = Array.from({ length: runs }, () => fit(large));

  const deck = buildDeck(CODES, SETTINGS);
  const input = {
    cards: Object.values(studied.cards),
    newCards: deck.filter((d) => !studied.cards[d.id]).length,
    settings: SETTINGS,
    habits: gradeHabits(studied.log),
    now: START + 151 * DAY,
    days: 365,
    seed: 17,
    runs: 4,
  };
  const simulateYear = Array.from({ length: runs }, () => time(() => compareRetentions(input)));
  return {
    optimize1k: figure(optimize1k, 'ms'),
    optimize10k: figure(optimize10k, 'ms'),
    simulateYear: figure(simulateYear, 'ms'),
    setup: {
      optimize: `fsrs-browser 5.2.0 computeParameters, single-threaded WebAssembly in Node; 1,000 items (${small.ratings.length} reviews in all) from 45 simulated days × 40 answers, 10,000 (${large.ratings.length}) from 150 days × 100`,
      simulateYear: `${deck.length} cards (${Object.keys(studied.cards).length} studied), 365 days, ${retentionGrid().length} desired retentions × 4 Monte-Carlo runs`,
    },
  };
}
