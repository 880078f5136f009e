import { CARD_KINDS, CARD_KIND_SPECS, isCardKind, type CardKind } from './card-kinds/registry';
import type { CodeFacts } from './dataset-schema';
import type { ClassDigit } from './code-classes';

export { CARD_KINDS, type CardKind } from './card-kinds/registry';

/** Again, Hard, Good, Easy (FSRS ratings 1–4). */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/** FSRS card states, in ts-fsrs order (index = ts-fsrs `State` value, as in the CSV export). */
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardStateName = (typeof CARD_STATES)[number];

/** One card's scheduling state: plain JSON, every date an epoch-ms number. */
export interface CardState {
  id: string;
  due: number;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  state: CardStateName;
  /** Whole days ts-fsrs scheduled at the last review (kept so a card round-trips through ts-fsrs exactly). */
  scheduledDays: number;
  /** Index of the current (re)learning step. */
  learningSteps: number;
  lastReview?: number;
  /** Time of this card's latest log entry; later entries are stamped strictly after it (clock safety). */
  updatedAt: number;
  /** Set once lapses reach the leech threshold; cleared by a reset. */
  leech?: true;
  suspended?: true;
}

/** One self-grade (or checked answer) in the review log. */
export interface ReviewLogEntry {
  cardId: string;
  grade: Grade;
  /** When the card was graded (epoch ms; version-2 saves held whole seconds). */
  review: number;
  /** Time spent on the card (ms, a multiple of 1000). */
  durationMs: number;
  /** The card's state before this review (FSRS optimisers want it). */
  state: CardStateName;
  /**
   * Set when the learner added the card to their study from a quiz's results: its first review does
   * not count against the day's new-card limit.
   */
  fromQuiz?: true;
}

/** `reschedule` marks where a card was brought in line with changed settings (see Scheduler.reschedule). */
export const MANUAL_ACTIONS = ['reset', 'suspend', 'unsuspend', 'reschedule'] as const;
export type ManualAction = (typeof MANUAL_ACTIONS)[number];

/** A user action on a card that is not a review; logged so that merges and replays see it too. */
export interface ManualLogEntry {
  cardId: string;
  action: ManualAction;
  review: number;
}

export type LogEntry = ReviewLogEntry | ManualLogEntry;

/** True for log entries that are reviews (as opposed to reset/suspend actions). */
export function isReview(entry: LogEntry): entry is ReviewLogEntry {
  return 'grade' in entry;
}

/**
 * What a new card waits for: each of `ids` studied before today, and with `graduated` each of them in
 * review (past its learning steps). Cards without a gate are introduced at once.
 */
export interface CardGate {
  ids: readonly string[];
  graduated: boolean;
}

/** A card of the deck: which code (the lower one of a pair), which kind, and what it waits for. */
export interface DeckCard {
  id: string;
  code: number;
  kind: CardKind;
  classDigit: ClassDigit;
  unofficial: boolean;
  /** Both codes of a pair card (duel), lower first. */
  pair?: readonly [number, number];
  gate?: CardGate;
}

/** The card id of a code and kind, e.g. "404:recall"; a pair card names both codes: "502:duel:504". */
export function cardId(code: number, kind: CardKind, other?: number): string {
  return other === undefined ? `${code}:${kind}` : `${code}:${kind}:${other}`;
}

const ID_PATTERN = /^([1-5]\d\d):([a-z]+)(?::([1-5]\d\d))?$/;

/**
 * The code, kind (and for a pair card the pair) of a card id, or undefined when the id is not one of
 * ours: a pair card must name two different codes in ascending order, other cards one code.
 */
export function parseCardId(
  id: string,
): { code: number; kind: CardKind; pair?: readonly [number, number] } | undefined {
  const match = ID_PATTERN.exec(id);
  if (!match || !isCardKind(match[2])) return undefined;
  const code = Number(match[1]);
  const kind = match[2];
  const pairKind = CARD_KIND_SPECS[kind].scope === 'pair';
  if (match[3] === undefined) return pairKind ? undefined : { code, kind };
  const other = Number(match[3]);
  return pairKind && other > code ? { code, kind, pair: [code, other] } : undefined;
}

export interface DeckOptions {
  kinds: readonly CardKind[];
  includeUnofficial: boolean;
  /** For kinds of `knowledge` scope: the codes that have such a card (virtual:knowledge-index). */
  available?: Partial<Record<CardKind, readonly number[]>>;
  /** For kinds of `pair` scope: the confusable pairs, lower code first (confusablePairs). */
  pairs?: readonly (readonly [number, number])[];
}

/**
 * Every card to study for these codes, in code order then kind order (CARD_KINDS; a pair card comes
 * with its lower code), each with its gate: a kind of gate `lead` waits for the code's first card in
 * the deck to be studied on an earlier day, one of gate `graduated` for that card (recall, unless
 * recall is off) to be in review as well; a pair card waits for both codes' first cards. A pair card
 * needs both codes in the deck.
 */
export function buildDeck(codes: readonly CodeFacts[], opts: DeckOptions): DeckCard[] {
  const kinds = CARD_KINDS.filter((k) => opts.kinds.includes(k));
  const sorted = [...codes].sort((a, b) => a.code - b.code);
  const included = new Map<number, CodeFacts>();
  for (const facts of sorted)
    if (facts.status !== 'unofficial' || opts.includeUnofficial) included.set(facts.code, facts);
  const available = new Map(kinds.map((k) => [k, new Set(opts.available?.[k] ?? [])] as const));
  const pairsOf = new Map<number, number[]>();
  for (const [a, b] of opts.pairs ?? [])
    if (included.has(a) && included.has(b)) pairsOf.set(a, [...(pairsOf.get(a) ?? []), b]);

  // Each code's own cards first (what the gates point to), then the gates.
  const own = new Map<number, DeckCard[]>();
  for (const facts of included.values()) {
    const base = {
      code: facts.code,
      classDigit: facts.class,
      unofficial: facts.status === 'unofficial',
    };
    const list: DeckCard[] = [];
    for (const kind of kinds) {
      const scope = CARD_KIND_SPECS[kind].scope;
      if (scope === 'pair') {
        for (const other of [...(pairsOf.get(facts.code) ?? [])].sort((x, y) => x - y))
          list.push({
            ...base,
            id: cardId(facts.code, kind, other),
            kind,
            pair: [facts.code, other],
          });
      } else if (scope === 'code' || available.get(kind)?.has(facts.code)) {
        list.push({ ...base, id: cardId(facts.code, kind), kind });
      }
    }
    own.set(facts.code, list);
  }
  // A code's lead is its first own card: recall unless the learner turned recall off.
  const lead = (code: number) =>
    own.get(code)?.find((d) => CARD_KIND_SPECS[d.kind].scope !== 'pair');
  const deck: DeckCard[] = [];
  for (const list of own.values())
    for (const d of list) {
      const spec = CARD_KIND_SPECS[d.kind];
      const codesOf = d.pair ?? [d.code];
      const gates = codesOf
        .map((c) => lead(c))
        .filter((g): g is DeckCard => g !== undefined && g.id !== d.id);
      deck.push(
        gates.length > 0
          ? { ...d, gate: { ids: gates.map((g) => g.id), graduated: spec.gate === 'graduated' } }
          : d,
      );
    }
  return deck;
}
