// The JSON columns of an Anki collection (schema 11): note type, decks and deck options, as the
// Rust importer of Anki 2.1.50+ deserialises them (NotetypeSchema11, DeckSchema11, DeckConfSchema11).
import { DECK_ID, DEFAULT_FACTOR, NOTE_TYPE_ID } from './anki-ids';
import type { StudySettings } from './study-settings';

/** Names in the deck's language. */
export interface NoteTypeNames {
  noteTypeName: string;
  front: string;
  back: string;
}

/** The note type: two fields (front, back) and one card template showing them. */
export function noteType(strings: NoteTypeNames, mod: number) {
  const field = (name: string, ord: number) => ({
    name,
    ord,
    sticky: false,
    rtl: false,
    font: 'Arial',
    size: 20,
    media: [],
  });
  return {
    id: NOTE_TYPE_ID,
    name: strings.noteTypeName,
    type: 0,
    mod,
    usn: 0,
    sortf: 0,
    did: DECK_ID,
    tmpls: [
      {
        name: strings.noteTypeName,
        ord: 0,
        qfmt: `{{${strings.front}}}`,
        afmt: `{{FrontSide}}<hr id="answer">{{${strings.back}}}`,
        bqfmt: '',
        bafmt: '',
        did: null,
      },
    ],
    flds: [field(strings.front, 0), field(strings.back, 1)],
    css: [
      '.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: center; }',
      '.prompt { color: #555; font-size: 16px; }',
      '.code { font-family: ui-monospace, monospace; font-size: 48px; font-weight: bold; }',
      '.name { font-weight: bold; }',
      'p, blockquote { text-align: left; }',
    ].join('\n'),
    latexPre: '',
    latexPost: '',
    latexsvg: false,
    req: [[0, 'any', [0]]],
    tags: [],
    vers: [],
  };
}

/** A normal deck using deck options 1. */
export function deck(id: number, name: string, mod: number) {
  return {
    id,
    name,
    mod,
    usn: 0,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: '',
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
  };
}

/** Deck options 1 from the learner's settings (steps, limits, retention and FSRS weights). */
export function deckConfig(settings: StudySettings, mod: number) {
  const minutes = (step: string) =>
    Number.parseFloat(step) * (step.endsWith('d') ? 1440 : step.endsWith('h') ? 60 : 1);
  return {
    id: 1,
    mod,
    name: 'Default',
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: {
      bury: false,
      delays: settings.learningSteps.map(minutes),
      initialFactor: DEFAULT_FACTOR,
      ints: [1, 4, 0],
      order: 1,
      perDay: settings.dailyNewLimit,
    },
    rev: {
      bury: false,
      ease4: 1.3,
      ivlFct: 1,
      maxIvl: settings.maximumIntervalDays,
      perDay: 9999,
      hardFactor: 1.2,
    },
    lapse: {
      delays: settings.relearningSteps.map(minutes),
      leechAction: 1,
      leechFails: settings.leechThreshold,
      minInt: 1,
      mult: 0,
    },
    desiredRetention: settings.desiredRetention,
    ...(settings.parameters ? { fsrsWeights: settings.parameters.w } : {}),
  };
}
