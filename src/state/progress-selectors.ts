import knowledgeIndex from 'virtual:knowledge-index';
import setsJson from '../../data/confusion-sets.json';
import { buildDeck, type CardKind, type CardState, type DeckCard } from '../domain/card-model';
import { confusablePairs } from '../domain/confusion-sets';
import { CODES } from '../domain/dataset';
import type { CodeFacts } from '../domain/dataset-schema';
import type { ClassDigit } from '../domain/code-classes';
import { introductionRanks } from '../domain/introduction-order';
import { buildQueue, type QueueCounts, type QueueFilter, type QueueItem } from '../domain/queue';
import type { StudySettings } from '../domain/study-settings';
import type { ProgressState } from './progress-store';

/** How far along a card is, for Browse and Stats. */
export type Mastery = 'new' | 'learning' | 'mastered' | 'leech';

/** Stability (days) from which a card in review counts as mastered: three weeks, as Anki's "mature". */
export const MASTERED_STABILITY_DAYS = 21;

/**
 * A card's mastery: "leech" once flagged (until reset), "new" if never studied, "mastered" in review
 * with stability of at least MASTERED_STABILITY_DAYS, otherwise "learning".
 */
export function masteryOf(card: CardState | undefined): Mastery {
  if (!card) return 'new';
  if (card.leech) return 'leech';
  if (card.state === 'new') return 'new';
  if (card.state === 'review' && card.stability >= MASTERED_STABILITY_DAYS) return 'mastered';
  return 'learning';
}

/** Every class and unofficial codes too, if the settings include them. */
export function fullFilter(settings: Pick<StudySettings, 'includeUnofficial'>): QueueFilter {
  return {
    classes: [1, 2, 3, 4, 5] as ClassDigit[],
    includeUnofficial: settings.includeUnofficial,
  };
}

let deckCache: { codes: readonly CodeFacts[]; key: string; deck: DeckCard[] } | undefined;

/** Which codes have a card of each knowledge kind (written at build time from data/knowledge/). */
export const KNOWLEDGE_INDEX = knowledgeIndex.kinds as Partial<Record<CardKind, readonly number[]>>;
const KNOWLEDGE_CODES: ReadonlySet<number> = new Set(knowledgeIndex.codes);

/** True when the code has knowledge (data/knowledge/facts/<code>.json): its page and backs show it. */
export function hasKnowledge(code: number): boolean {
  return KNOWLEDGE_CODES.has(code);
}
/** Every two codes that share a confusion set: one duel card each. */
export const DUEL_PAIRS = confusablePairs(setsJson);

/** The deck the settings ask for (cached while codes and settings stay the same). */
export function deckFor(
  settings: Pick<StudySettings, 'kinds' | 'includeUnofficial'>,
  codes: readonly CodeFacts[] = CODES,
): DeckCard[] {
  const key = `${settings.kinds.join(',')}|${settings.includeUnofficial}`;
  if (deckCache?.codes !== codes || deckCache.key !== key) {
    deckCache = {
      codes,
      key,
      deck: buildDeck(codes, { ...settings, available: KNOWLEDGE_INDEX, pairs: DUEL_PAIRS }),
    };
  }
  return deckCache.deck;
}

/** Today's session for a filter at `now`: its items in order and its exact counts. */
export function selectQueue(
  state: Pick<ProgressState, 'cards' | 'log' | 'settings'>,
  filter: QueueFilter,
  now: number,
  codes: readonly CodeFacts[] = CODES,
): { items: QueueItem[]; counts: QueueCounts } {
  return buildQueue({
    deck: deckFor(state.settings, codes),
    cards: state.cards,
    log: state.log,
    settings: state.settings,
    filter,
    ranks: introductionRanks(state.settings.newCardOrder),
    now,
  });
}

/** Cards flagged as leeches (suspended or not), for the screens that let the user deal with them. */
export function selectLeeches(state: Pick<ProgressState, 'cards'>): CardState[] {
  return Object.values(state.cards).filter((c) => c.leech);
}
