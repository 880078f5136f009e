// Timings of the pure scheduler code and the progress store, run in Node on the real modules.
import setsJson from '../../data/confusion-sets.json';
import { buildDeck, CARD_KINDS, type Grade } from '../../src/domain/card-model';
import { confusablePairs } from '../../src/domain/confusion-sets';
import { introductionRanks } from '../../src/domain/introduction-order';
import { knowledgeIndex } from '../../src/state/build/knowledge-chunks';
import { CODES } from '../../src/domain/dataset';
import { exportProgress } from '../../src/domain/progress-file';
import { buildQueue, type QueueFilter } from '../../src/domain/queue';
import { simulateStudy, syntheticCards, syntheticDeck } from '../../src/domain/simulate';
import { DEFAULT_STUDY_SETTINGS } from '../../src/domain/study-settings';
import { createMemoryStorage } from '../../src/state/app-env';
import { createProgressStore, PROGRESS_STORAGE_KEY } from '../../src/state/progress-store';
import { figure, quantile, timeRuns, type Figure } from './stats';

const DAY = 86_400_000;
/** A fixed local start, so that every run studies the same simulated days. */
const START = new Date(2026, 0, 5, 19, 0).getTime();
const FILTER: QueueFilter = { classes: [1, 2, 3, 4, 5], includeUnofficial: true };
const SETTINGS = { ...DEFAULT_STUDY_SETTINGS, kinds: [...CARD_KINDS], includeUnofficial: true };

export interface DomainResult {
  queueRealDeck: Figure;
  /** The deck of every kind (knowledge kinds for the codes with knowledge, a duel per pair). */
  queueWholeDeck: Figure;
  queueSynthetic10k: Figure;
  gradeAndPersist: Figure;
  yearBytes: Figure;
  /** What each figure was measured on. */
  setup: Record<string, string>;
}

/** Median of `reps` timings of `fn`, per run, over `runs` runs: each run's median is one sample. */
function medianTimes(runs: number, reps: number, fn: () => void): number[] {
  fn(); // warm-up (JIT), as the app has built a queue before the user waits for one
  return Array.from({ length: runs }, () => quantile(timeRuns(reps, fn), 0.5));
}

/** Runs the domain figures: `runs` runs each (deterministic inputs, seeded). */
export async function runDomainBench(runs: number): Promise<DomainResult> {
  // The real deck after 60 days of 100 answers a day: due, learning and new cards all present.
  const studied = simulateStudy({ codes: CODES, days: 60, reviewsPerDay: 100, start: START });
  const deck = buildDeck(CODES, SETTINGS);
  const now60 = START + 60 * DAY;
  const queueReal = medianTimes(runs, 50, () => {
    buildQueue({
      deck,
      cards: studied.cards,
      log: studied.log,
      settings: SETTINGS,
      filter: FILTER,
      now: now60,
    });
  });

  // Every kind, as the app builds it: the knowledge index from data/knowledge/, a duel per pair.
  const wholeDeck = buildDeck(CODES, {
    ...SETTINGS,
    available: (await knowledgeIndex(new URL(`file://${process.cwd()}/`))).kinds,
    pairs: confusablePairs(setsJson),
  });
  const queueWhole = medianTimes(runs, 50, () => {
    buildQueue({
      deck: wholeDeck,
      cards: studied.cards,
      log: studied.log,
      settings: SETTINGS,
      filter: FILTER,
      ranks: introductionRanks('essentials'),
      first: ['401:duel:403', '502:duel:504'],
      now: now60,
    });
  });

  const bigDeck = syntheticDeck(10_000);
  const bigCards = syntheticCards(bigDeck, now60);
  const queueBig = medianTimes(runs, 10, () => {
    buildQueue({
      deck: bigDeck,
      cards: bigCards,
      log: [],
      settings: SETTINGS,
      filter: FILTER,
      now: now60,
    });
  });

  // A simulated year (100 answers a day over the whole deck) saved by the real store.
  const year = simulateStudy({ codes: CODES, days: 365, reviewsPerDay: 100, start: START });
  const endOfYear = START + 365 * DAY;
  const yearBytes: number[] = [];
  const grade: number[] = [];
  for (let run = 0; run < runs; run++) {
    const storage = createMemoryStorage();
    let clock = endOfYear;
    const store = createProgressStore({ storage, now: () => clock });
    const imported = await store.getState().importProgress(exportProgress(year), 'replace');
    if (!imported.ok) throw new Error(`simulated year rejected: ${imported.error}`);
    yearBytes.push(new TextEncoder().encode(storage.getItem(PROGRESS_STORAGE_KEY) ?? '').length);
    // One answer (grade + the synchronous save of the whole state), on a year of history.
    const ids = deck.map((d) => d.id);
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      clock += 60_000;
      const id = ids[(run * 20 + i) % ids.length] ?? '';
      const start = performance.now();
      store.getState().answer(id, ((i % 4) + 1) as Grade, 5_000);
      times.push(performance.now() - start);
    }
    grade.push(quantile(times, 0.5));
    store.getState().stopSync();
  }

  return {
    queueRealDeck: figure(queueReal, 'ms'),
    queueWholeDeck: figure(queueWhole, 'ms'),
    queueSynthetic10k: figure(queueBig, 'ms'),
    gradeAndPersist: figure(grade, 'ms'),
    yearBytes: figure(yearBytes, 'bytes'),
    setup: {
      queueRealDeck: `${deck.length} cards (${CODES.length} codes × ${CARD_KINDS.length} kinds, no knowledge index) after 60 simulated days; median of 50 builds per run`,
      queueWholeDeck: `${wholeDeck.length} cards (every kind: header, wire and behaviour for the codes with knowledge, a duel per confusable pair) after 60 simulated days, introduction order, confused pairs first; median of 50 builds per run`,
      queueSynthetic10k: `${bigDeck.length} synthetic cards (30% new, learning, review, suspended); median of 10 builds per run`,
      gradeAndPersist: `progress store over in-memory storage holding a simulated year (${year.log.length} reviews); median of 20 answers per run`,
      yearBytes: `365 days × 100 answers, seeded; bytes of the saved JSON (UTF-8); deterministic`,
    },
  };
}
