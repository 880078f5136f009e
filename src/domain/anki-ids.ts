// Ids of the Anki package: fixed, so that a second export is the same deck, note type and notes
// to Anki (re-importing updates instead of duplicating).
import { CARD_KINDS, type CardKind } from './card-model';
import { kindSpec } from './card-kinds/registry';

/** Kinds whose cards have fixed sides; generated questions (header, wire, …) stay in the app. */
export const ANKI_KINDS: readonly CardKind[] = CARD_KINDS.filter((k) => kindSpec(k).anki);

const ID_BASE = 1_704_067_200_000;
export const DECK_ID = ID_BASE + 100;
export const NOTE_TYPE_ID = ID_BASE + 200;
/** Anki's default ease (‰); FSRS carries the difficulty in the card's data instead. */
export const DEFAULT_FACTOR = 2500;

/** The GUID of a code's note of one kind: the same in every export, so re-importing updates it. */
export function noteGuid(code: number, kind: CardKind): string {
  return `http-status-trainer:${code}:${kind}`;
}

/** The note's (and its card's) id: fixed per code and kind. */
export function noteId(code: number, kind: CardKind): number {
  return ID_BASE + code * 10 + CARD_KINDS.indexOf(kind);
}
