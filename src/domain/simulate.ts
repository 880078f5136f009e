// Synthetic study for the storage-budget test and the benchmark: pure, seeded, reproducible.
import {
  buildDeck,
  CARD_KINDS,
  type CardState,
  type DeckCard,
  type Grade,
  type LogEntry,
} from './card-model';
import type { CodeFacts } from './dataset-schema';
import type { ClassDigit } from './code-classes';
import type { ProgressData } from './progress-data';
import { buildQueue, type QueueFilter } from './queue';
import { createRng } from './rng';
import { createScheduler, newCardState } from './scheduler';
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from './study-settings';

const DAY = 86_400_000;
const ALL_CLASSES: ClassDigit[] = [1, 2, 3, 4, 5];

export interface SimulationOptions {
  codes: readonly CodeFacts[];
  days: number;
  reviewsPerDay: number;
  /** Local time of the first session. */
  start: number;
  seed?: number;
  settings?: Partial<StudySettings>;
}

/** A grade as a learner gives them: mostly Good, sometimes Again, Hard or Easy. */
function pickGrade(rng: () => number): Grade {
  const r = rng();
  return r < 0.1 ? 1 : r < 0.15 ? 2 : r < 0.95 ? 3 : 4;
}

/**
 * Progress after studying every day: each day's queue first (learning, due, new), then extra reviews
 * of random cards (as quiz answers would be) until `reviewsPerDay` answers are logged.
 */
export function simulateStudy(opts: SimulationOptions): ProgressData {
  const settings: StudySettings = {
    ...DEFAULT_STUDY_SETTINGS,
    kinds: [...CARD_KINDS],
    includeUnofficial: true,
    ...opts.settings,
  };
  const rng = createRng(opts.seed ?? 1);
  const scheduler = createScheduler(settings);
  const deck = buildDeck(opts.codes, settings);
  const filter: QueueFilter = { classes: ALL_CLASSES, includeUnofficial: true };
  const cards: Record<string, CardState> = {};
  const log: LogEntry[] = [];

  const answer = (id: string, now: number) => {
    const card = cards[id] ?? newCardState(id, now);
    const durationMs = 2_000 + Math.floor(rng() * 14_000);
    const result = scheduler.grade(card, pickGrade(rng), now, durationMs);
    cards[id] = result.card;
    log.push(result.log);
    return durationMs;
  };

  for (let day = 0; day < opts.days; day++) {
    let now = opts.start + day * DAY;
    let done = 0;
    // A few passes pick up the cards that Again and learning steps bring back within the session.
    for (let pass = 0; pass < 4 && done < opts.reviewsPerDay; pass++) {
      const { items } = buildQueue({ deck, cards, log, settings, filter, now });
      if (items.length === 0) break;
      for (const item of items) {
        if (done >= opts.reviewsPerDay) break;
        now += answer(item.cardId, now) + 5_000;
        done++;
      }
    }
    while (done < opts.reviewsPerDay && deck.length > 0) {
      const pick = deck[Math.floor(rng() * deck.length)] as DeckCard;
      now += answer(pick.id, now) + 5_000;
      done++;
    }
  }
  return { settings, cards, log, resetAt: 0, undone: [], confusions: [] };
}

/** A deck of `size` cards over invented codes, to time the queue on decks far larger than ours. */
export function syntheticDeck(size: number): DeckCard[] {
  const deck: DeckCard[] = [];
  for (let i = 0; deck.length < size; i++) {
    const classDigit = ((i % 5) + 1) as ClassDigit;
    // Codes are only compared for sibling separation, so each invented "code" is simply unique.
    const code = 1000 + i;
    for (const kind of CARD_KINDS) {
      if (deck.length >= size) break;
      deck.push({ id: `${i}:${kind}`, code, kind, classDigit, unofficial: i % 7 === 0 });
    }
  }
  return deck;
}

/** States for a synthetic deck: a mix of new, learning, review (some overdue) and suspended cards. */
export function syntheticCards(
  deck: readonly DeckCard[],
  now: number,
  seed = 1,
): Record<string, CardState> {
  const rng = createRng(seed);
  const cards: Record<string, CardState> = {};
  for (const d of deck) {
    const r = rng();
    if (r < 0.3) continue; // never studied
    const state = r < 0.4 ? 'learning' : r < 0.45 ? 'relearning' : 'review';
    const stability = state === 'review' ? 1 + rng() * 200 : rng();
    const due = now + (rng() - 0.5) * (state === 'review' ? 30 * DAY : 60 * 60_000);
    cards[d.id] = {
      id: d.id,
      due: Math.round(due),
      stability,
      difficulty: 1 + rng() * 9,
      reps: 1 + Math.floor(rng() * 20),
      lapses: Math.floor(rng() * 3),
      state,
      scheduledDays: Math.max(0, Math.round(stability)),
      learningSteps: 0,
      lastReview: Math.round(now - rng() * 30 * DAY),
      updatedAt: Math.round(now - rng() * 30 * DAY),
      ...(rng() < 0.02 ? { suspended: true as const } : {}),
    };
  }
  return cards;
}
