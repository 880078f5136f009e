// An Anki package from its collection rows: the legacy schema (11) in SQLite, zipped with an empty
// media map as "collection.anki2" and "media", which Anki 2.1.50+ and AnkiDroid import.
import type { AnkiCollection } from '../domain/anki-package';
import type { SqliteDatabase } from './sqlite-database';

/** Anki's schema 11 (rslib/src/storage/schema11.sql): tables and indexes. */
const SCHEMA = [
  `create table col (id integer primary key, crt integer not null, mod integer not null,
    scm integer not null, ver integer not null, dty integer not null, usn integer not null,
    ls integer not null, conf text not null, models text not null, decks text not null,
    dconf text not null, tags text not null)`,
  `create table notes (id integer primary key, guid text not null, mid integer not null,
    mod integer not null, usn integer not null, tags text not null, flds text not null,
    sfld integer not null, csum integer not null, flags integer not null, data text not null)`,
  `create table cards (id integer primary key, nid integer not null, did integer not null,
    ord integer not null, mod integer not null, usn integer not null, type integer not null,
    queue integer not null, due integer not null, ivl integer not null, factor integer not null,
    reps integer not null, lapses integer not null, left integer not null, odue integer not null,
    odid integer not null, flags integer not null, data text not null)`,
  `create table revlog (id integer primary key, cid integer not null, usn integer not null,
    ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
    time integer not null, type integer not null)`,
  'create table graves (usn integer not null, oid integer not null, type integer not null)',
  'create index ix_notes_usn on notes (usn)',
  'create index ix_cards_usn on cards (usn)',
  'create index ix_revlog_usn on revlog (usn)',
  'create index ix_cards_nid on cards (nid)',
  'create index ix_cards_sched on cards (did, queue, due)',
  'create index ix_revlog_cid on revlog (cid)',
  'create index ix_notes_csum on notes (csum)',
];

/** The collection written into a fresh database; returns the database file. */
export function writeCollection(db: SqliteDatabase, collection: AnkiCollection): Uint8Array {
  for (const statement of SCHEMA) db.run(statement);
  const { col, notes, cards, revlog } = collection;
  db.run('insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
    col.crt,
    col.mod,
    col.mod,
    col.conf,
    col.models,
    col.decks,
    col.dconf,
    '{}',
  ]);
  db.run('begin');
  db.runMany(
    'insert into notes values (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, ?)',
    notes.map((n) => [n.id, n.guid, n.mid, n.mod, n.tags, n.flds, n.sfld, n.csum, '']),
  );
  const mod = Math.floor(col.mod / 1000);
  db.runMany(
    'insert into cards values (?, ?, ?, 0, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)',
    cards.map((c) => [
      c.id,
      c.nid,
      c.did,
      mod,
      c.type,
      c.queue,
      c.due,
      c.ivl,
      c.factor,
      c.reps,
      c.lapses,
      c.left,
      c.data,
    ]),
  );
  db.runMany(
    'insert into revlog values (?, ?, 0, ?, ?, ?, ?, ?, ?)',
    revlog.map((r) => [r.id, r.cid, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type]),
  );
  db.run('commit');
  return db.bytes();
}

/** The files of an .apkg: the collection and an empty media map (the deck has no media). */
export function apkgEntries(collectionFile: Uint8Array): Record<string, Uint8Array> {
  return {
    'collection.anki2': collectionFile,
    media: new TextEncoder().encode('{}'),
  };
}
