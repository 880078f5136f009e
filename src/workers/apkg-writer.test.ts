import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../data/locales/en.json';
import zhHant from '../../data/locales/zh-Hant.json';
import { noteGuid, type AnkiPackageInput } from '../domain/anki-package';
import { buildDeck, isReview } from '../domain/card-model';
import { CODES } from '../domain/dataset';
import type { LocaleTexts } from '../domain/dataset-schema';
import { simulateStudy } from '../domain/simulate';
import { buildApkg } from './apkg-job';
import { loadSqlite } from './sqlite-database';
import { zipFiles } from './zip-files';

const DAY = 86_400_000;
const START = new Date(2026, 0, 5, 9, 0, 0).getTime();
const file = readFileSync('node_modules/sql.js/dist/sql-wasm.wasm');
const WASM = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
const tools = {
  sqlite: () => loadSqlite({ binary: WASM }),
  zip: zipFiles,
};
const studied = simulateStudy({ codes: CODES, days: 20, reviewsPerDay: 30, start: START, seed: 9 });
const strings = {
  deckName: 'HTTP status codes',
  noteTypeName: 'HTTP Status Trainer',
  front: 'Front',
  back: 'Back',
  prompts: {
    recall: 'What does this status code mean?',
    reverse: 'Which status code has this name?',
    scenario: 'Which status code fits this situation?',
  },
};
const input = (over: Partial<AnkiPackageInput> = {}): AnkiPackageInput => ({
  codes: CODES,
  texts: en as LocaleTexts,
  withEnglishPhrase: false,
  strings,
  settings: studied.settings,
  now: START + 21 * DAY,
  ...over,
});

let SQL: Awaited<ReturnType<typeof initSqlJs>>;
beforeAll(async () => {
  SQL = await initSqlJs({ wasmBinary: WASM });
});

/** The package's files, and its collection opened with sql.js. */
async function open(request: AnkiPackageInput) {
  const files = unzipSync(await buildApkg(request, tools));
  const db = new SQL.Database(files['collection.anki2']);
  return { files, db };
}

const rows = (db: Database, sql: string) => {
  const [result] = db.exec(sql);
  return (result?.values ?? []) as (number | string)[][];
};

describe('Anki package (.apkg)', () => {
  it('holds a schema-11 collection with one note and card per code and kind, tagged by class', async () => {
    const { files, db } = await open(input());
    expect(new TextDecoder().decode(files.media)).toBe('{}');
    expect(rows(db, 'select ver from col')).toEqual([[11]]);
    const deck = buildDeck(CODES, studied.settings);
    const notes = rows(db, 'select guid, tags, flds, sfld, csum, mid from notes order by id');
    expect(notes).toHaveLength(deck.length);
    expect(new Set(notes.map((n) => n[0])).size).toBe(deck.length);
    const guids = notes.map((n) => n[0]);
    expect(guids).toContain(noteGuid(404, 'recall'));
    const row404 = notes.find((n) => n[0] === noteGuid(404, 'recall'));
    expect(row404?.[1]).toContain('http-status::4xx');
    const [front, back] = String(row404?.[2]).split('\x1f');
    expect(front).toContain('404');
    expect(back).toContain('Not Found');
    // Anki's duplicate check: the first 8 hex digits of the sort field's SHA-1.
    for (const [, , , sfld, csum] of notes)
      expect(csum).toBe(
        Number.parseInt(createHash('sha1').update(String(sfld)).digest('hex').slice(0, 8), 16),
      );
    const models = JSON.parse(String(rows(db, 'select models from col')[0]?.[0])) as Record<
      string,
      { flds: { name: string }[]; tmpls: { qfmt: string; afmt: string }[] }
    >;
    const model = models[String(row404?.[5])];
    expect(model?.flds.map((f) => f.name)).toEqual(['Front', 'Back']);
    expect(model?.tmpls[0]?.qfmt).toBe('{{Front}}');
    expect(model?.tmpls[0]?.afmt).toContain('{{Back}}');
    // Without scheduling: every card new, no history.
    expect(rows(db, 'select distinct type, queue from cards')).toEqual([[0, 0]]);
    expect(rows(db, 'select count(*) from revlog')).toEqual([[0]]);
    db.close();
  });

  it('with scheduling: cards carry their FSRS memory state and due dates, and the log becomes revlog rows', async () => {
    const { db } = await open(input({ progress: studied }));
    const review = Object.values(studied.cards).filter((c) => c.state === 'review');
    const cards = rows(db, 'select type, queue, due, ivl, reps, data from cards where type = 2');
    expect(cards).toHaveLength(review.length);
    for (const [, queue, due, ivl, reps, data] of cards) {
      expect([2, -1]).toContain(queue);
      expect(Number(due)).toBeGreaterThanOrEqual(-30); // days from the collection's creation (today)
      expect(Number(ivl)).toBeGreaterThanOrEqual(1);
      expect(Number(reps)).toBeGreaterThan(0);
      const memory = JSON.parse(String(data)) as { s: number; d: number; dr: number };
      expect(memory.s).toBeGreaterThan(0);
      expect(memory.d).toBeGreaterThanOrEqual(1);
      expect(memory.dr).toBe(studied.settings.desiredRetention);
    }
    const reviews = studied.log.filter(isReview);
    const revlog = rows(db, 'select id, ease, ivl, time, type from revlog order by id');
    expect(revlog).toHaveLength(reviews.length);
    for (const [, ease, ivl, time, type] of revlog) {
      expect([1, 2, 3, 4]).toContain(ease);
      expect(ivl).not.toBe(0);
      expect(Number(time)).toBeGreaterThanOrEqual(0);
      expect([0, 1, 2]).toContain(type);
    }
    expect(revlog.map((r) => r[1])).toEqual(
      [...reviews].sort((a, b) => a.review - b.review).map((e) => e.grade),
    );
    db.close();
  });

  it('keeps GUIDs and ids across two exports, in any language and with any progress', async () => {
    const first = await open(input());
    const later = await open(
      input({
        texts: zhHant as LocaleTexts,
        withEnglishPhrase: true,
        progress: studied,
        now: START + 40 * DAY,
      }),
    );
    const ids = (db: Database) => rows(db, 'select id, guid from notes order by id');
    expect(ids(later.db)).toEqual(ids(first.db));
    expect(rows(later.db, 'select id from cards order by id')).toEqual(
      rows(first.db, 'select id from cards order by id'),
    );
    // The Chinese deck shows the English phrase beside the name.
    const back = String(
      rows(later.db, `select flds from notes where guid = '${noteGuid(404, 'recall')}'`)[0]?.[0],
    ).split('\x1f')[1];
    expect(back).toContain('(Not Found)');
    first.db.close();
    later.db.close();
  });
});
