import { buildDeck, type CardState, type DeckCard, type LogEntry } from '../../domain/card-model';
import { CODES } from '../../domain/dataset';
import {
  buildQueue,
  newCardsIntroducedToday,
  type QueueCounts,
  type QueueFilter,
  type QueueItem,
} from '../../domain/queue';
import { nextStudyDayStart } from '../../domain/study-day';
import type { StudySettings } from '../../domain/study-settings';

/** What the study queue is built from (the progress store's state has these fields). */
export interface ProgressSnapshot {
  cards: Readonly<Record<string, CardState>>;
  log: readonly LogEntry[];
  settings: StudySettings;
}

const decks = new WeakMap<StudySettings, DeckCard[]>();

/** The deck for these settings (card kinds, unofficial codes), built once per settings object. */
export function deckFor(settings: StudySettings): DeckCard[] {
  let deck = decks.get(settings);
  if (!deck) {
    deck = buildDeck(CODES, {
      kinds: settings.kinds,
      includeUnofficial: settings.includeUnofficial,
    });
    decks.set(settings, deck);
  }
  return deck;
}

/** Today's queue for a filter; `extraNew` raises the day's new-card limit for this session only. */
export function studyQueue(
  p: ProgressSnapshot,
  filter: QueueFilter,
  extraNew: number,
  now: number,
) {
  return buildQueue({
    deck: deckFor(p.settings),
    cards: p.cards,
    log: p.log,
    settings: {
      dailyNewLimit: p.settings.dailyNewLimit + extraNew,
      dayStartHour: p.settings.dayStartHour,
    },
    filter,
    now,
  });
}

/**
 * A session on one code ("Study this code now" in Browse): each of its studied kinds once, in
 * kind order, due or not, skipping suspended cards and those already answered in this session.
 */
export function focusQueue(
  p: ProgressSnapshot,
  code: number,
  answered: ReadonlySet<string>,
): { items: QueueItem[]; counts: QueueCounts } {
  const counts: QueueCounts = { new: 0, learning: 0, due: 0 };
  const items: QueueItem[] = [];
  for (const d of deckFor(p.settings)) {
    if (d.code !== code || answered.has(d.id)) continue;
    const card = p.cards[d.id];
    if (card?.suspended) continue;
    const queue =
      !card || card.state === 'new' ? 'new' : card.state === 'review' ? 'review' : 'learning';
    counts[queue === 'review' ? 'due' : queue] += 1;
    items.push({ cardId: d.id, code: d.code, kind: d.kind, classDigit: d.classDigit, queue });
  }
  return { items, counts };
}

/** The code named by a "?code=404" address, when the dataset holds it. */
export function focusCodeFrom(search: string): number | undefined {
  const value = new URLSearchParams(search).get('code');
  if (!value || !/^\d{3}$/.test(value)) return undefined;
  return CODES.some((c) => c.code === Number(value)) ? Number(value) : undefined;
}

/**
 * The card to show next: the queue's first, unless it is a sibling of the card just answered and
 * another code is waiting (the queue separates siblings within itself, not from the last card).
 */
export function pickNext(
  items: readonly QueueItem[],
  lastCode: number | undefined,
): QueueItem | undefined {
  return items.find((i) => i.code !== lastCode) ?? items[0];
}

export interface StudyOutlook {
  /** Earliest time a studied card of the filter falls due after `now` (undefined: none studied). */
  nextDue: number | undefined;
  /** Cards of the filter never studied yet. */
  newLeft: number;
  /** True when the day's new-card limit (plus extras) is used up while new cards remain. */
  newLimitReached: boolean;
  /** When the next study day (and its new cards) begins. */
  nextDay: number;
}

/** What lies ahead for a filter once today's queue is empty: the basis of the empty state. */
export function studyOutlook(
  p: ProgressSnapshot,
  filter: QueueFilter,
  extraNew: number,
  now: number,
): StudyOutlook {
  const classes = new Set(filter.classes);
  let nextDue: number | undefined;
  let newLeft = 0;
  for (const d of deckFor(p.settings)) {
    if (!classes.has(d.classDigit) || (d.unofficial && !filter.includeUnofficial)) continue;
    const card = p.cards[d.id];
    if (card?.suspended) continue;
    if (!card || card.state === 'new') newLeft++;
    else if (card.due > now && (nextDue === undefined || card.due < nextDue)) nextDue = card.due;
  }
  const introduced = newCardsIntroducedToday(p.log, now, p.settings.dayStartHour);
  return {
    nextDue,
    newLeft,
    newLimitReached: newLeft > 0 && introduced >= p.settings.dailyNewLimit + extraNew,
    nextDay: nextStudyDayStart(now, p.settings.dayStartHour),
  };
}

let last: { key: readonly unknown[]; value: unknown } | undefined;

/**
 * `build()`'s result, or the previous call's when every part of `key` is identical (===) to its
 * key: one entry, enough for an answer's queue asked for twice (handler, then render).
 */
export function sameAsLast<T>(key: readonly unknown[], build: () => T): T {
  if (last && last.key.length === key.length && last.key.every((k, i) => k === key[i]))
    return last.value as T;
  const value = build();
  last = { key, value };
  return value;
}
