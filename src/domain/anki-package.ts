// The content of an Anki package (.apkg) in Anki's legacy collection schema (version 11, which
// Anki 2.1.50+ and AnkiDroid import): one note per code and card kind with a stable GUID, a note type
// with front and back templates in the chosen language, tags by class and, if asked, each card's
// FSRS memory state and due date plus the review log. Rows only: writing them into SQLite is the
// exporter worker's job. Field meanings follow Anki's schema11.sql and its rslib serde structs.
import { deck, deckConfig, noteType } from './anki-collection-config';
import { ANKI_KINDS, DECK_ID, DEFAULT_FACTOR, NOTE_TYPE_ID, noteGuid, noteId } from './anki-ids';
import { revlogRows, type RevlogRow } from './anki-revlog';
import { type CardKind, type CardState, type LogEntry } from './card-model';
import { kindSpec, type AnkiPart } from './card-kinds/registry';
import type { CodeFacts, LocaleTexts } from './dataset-schema';
import { sha1Hex } from './sha1';
import { studyDayNumber, studyDayStart } from './study-day';
import type { StudySettings } from './study-settings';

/** Texts of the package in the deck's language (the page translates them). */
export interface AnkiPackageStrings {
  deckName: string;
  noteTypeName: string;
  front: string;
  back: string;
  /** The question of each kind with fixed sides (the registry's `anki` kinds). */
  prompts: Partial<Record<CardKind, string>>;
}

export interface AnkiPackageInput {
  codes: readonly CodeFacts[];
  texts: LocaleTexts;
  /** Put the English reason phrase beside translated names. */
  withEnglishPhrase: boolean;
  strings: AnkiPackageStrings;
  settings: StudySettings;
  /** The learner's cards and log, when the package is to carry scheduling and history. */
  progress?: { cards: Readonly<Record<string, CardState>>; log: readonly LogEntry[] };
  now: number;
}

export interface NoteRow {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  tags: string;
  flds: string;
  sfld: string;
  csum: number;
}

export interface CardRow {
  id: number;
  nid: number;
  did: number;
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  data: string;
}

export interface AnkiCollection {
  col: { crt: number; mod: number; conf: string; models: string; decks: string; dconf: string };
  notes: NoteRow[];
  cards: CardRow[];
  revlog: RevlogRow[];
}

const FIELD_SEPARATOR = '\x1f';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Anki's checksum of a note: the first 8 hex digits of the SHA-1 of its (HTML-free) sort field. */
export function fieldChecksum(sortField: string): number {
  return Number.parseInt(sha1Hex(sortField).slice(0, 8), 16);
}

const stripHtml = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** A note's two sides from the kind's Anki parts (registry): prompt, code, name, scenario, explanation. */
function sides(input: AnkiPackageInput, facts: CodeFacts, kind: CardKind): [string, string] {
  const text = input.texts.codes[String(facts.code)];
  const anki = kindSpec(kind).anki;
  if (!text || !anki) return ['', ''];
  const name =
    input.withEnglishPhrase && text.name !== facts.phrase
      ? `${text.name} (${facts.phrase})`
      : text.name;
  const html: Record<AnkiPart, string> = {
    prompt: `<div class="prompt">${escapeHtml(input.strings.prompts[kind] ?? '')}</div>`,
    code: `<div class="code">${facts.code}</div>`,
    name: `<div class="name">${escapeHtml(name)}</div>`,
    scenario: `<blockquote>${escapeHtml(text.scenarios[0] ?? '')}</blockquote>`,
    explain: `<p>${escapeHtml(text.summary)}</p><p>${escapeHtml(text.details)}</p>`,
  };
  return [anki.front.map((p) => html[p]).join(''), anki.back.map((p) => html[p]).join('')];
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** The scheduling columns of a studied card (Anki's type, queue, due, ivl, … and FSRS `data`). */
function scheduled(card: CardState, crtDay: number, dayStartHour: number, retention: number) {
  const data = JSON.stringify({
    s: round(card.stability, 3),
    d: round(card.difficulty, 3),
    dr: round(retention, 2),
  });
  const base = { reps: card.reps, lapses: card.lapses, data, factor: DEFAULT_FACTOR };
  const dueSeconds = Math.floor(card.due / 1000);
  switch (card.state) {
    case 'review':
      return {
        ...base,
        type: 2,
        queue: 2,
        due: studyDayNumber(card.due, dayStartHour) - crtDay,
        ivl: Math.max(1, Math.round(card.scheduledDays)),
        left: 0,
      };
    case 'learning':
      return { ...base, type: 1, queue: 1, due: dueSeconds, ivl: 0, left: 1 };
    case 'relearning':
      return {
        ...base,
        type: 3,
        queue: 1,
        due: dueSeconds,
        ivl: Math.max(1, Math.round(card.scheduledDays)),
        left: 1,
      };
    case 'new':
      return undefined;
  }
}

/** The rows of the package's collection for these codes, texts and (optionally) progress. */
export function buildAnkiCollection(input: AnkiPackageInput): AnkiCollection {
  const { settings, now } = input;
  const mod = Math.floor(now / 1000);
  // The collection "was created" at the start of today's study day: review due dates count from it.
  const crt = Math.floor(studyDayStart(now, settings.dayStartHour) / 1000);
  const crtDay = studyDayNumber(now, settings.dayStartHour);
  const notes: NoteRow[] = [];
  const cards: CardRow[] = [];
  const sorted = [...input.codes].sort((a, b) => a.code - b.code);
  for (const facts of sorted) {
    const unofficial = facts.status === 'unofficial';
    if (unofficial && !settings.includeUnofficial) continue;
    if (!input.texts.codes[String(facts.code)]) continue;
    for (const kind of ANKI_KINDS) {
      if (!settings.kinds.includes(kind)) continue;
      const [front, back] = sides(input, facts, kind);
      const id = noteId(facts.code, kind);
      const sfld = stripHtml(front);
      const tags = [`http-status::${facts.class}xx`, `http-status::${kind}`];
      if (unofficial) tags.push('unofficial');
      notes.push({
        id,
        guid: noteGuid(facts.code, kind),
        mid: NOTE_TYPE_ID,
        mod,
        tags: ` ${tags.join(' ')} `,
        flds: [front, back].join(FIELD_SEPARATOR),
        sfld,
        csum: fieldChecksum(sfld),
      });
      const card = input.progress?.cards[`${facts.code}:${kind}`];
      const sched = card
        ? scheduled(card, crtDay, settings.dayStartHour, settings.desiredRetention)
        : undefined;
      const position = notes.length;
      cards.push({
        id,
        nid: id,
        did: DECK_ID,
        ...(sched ?? {
          type: 0,
          queue: 0,
          due: position,
          ivl: 0,
          factor: 0,
          reps: 0,
          lapses: 0,
          left: 0,
          data: '{}',
        }),
        ...(card?.suspended ? { queue: -1 } : {}),
      });
    }
  }
  const conf = {
    activeDecks: [DECK_ID],
    curDeck: DECK_ID,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: NOTE_TYPE_ID,
    nextPos: notes.length + 1,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
    schedVer: 2,
    rollover: settings.dayStartHour,
  };
  return {
    col: {
      crt,
      mod: now,
      conf: JSON.stringify(conf),
      models: JSON.stringify({ [NOTE_TYPE_ID]: noteType(input.strings, mod) }),
      decks: JSON.stringify({
        1: deck(1, 'Default', mod),
        [DECK_ID]: deck(DECK_ID, input.strings.deckName, mod),
      }),
      dconf: JSON.stringify({ 1: deckConfig(settings, mod) }),
    },
    notes,
    cards,
    revlog: input.progress ? revlogRows(settings, input.progress.log) : [],
  };
}

export { noteGuid, noteId } from './anki-ids';
export type { RevlogRow } from './anki-revlog';
