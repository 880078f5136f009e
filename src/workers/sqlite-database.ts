// The one module that talks to sql.js (SQLite compiled to WebAssembly). Only the Anki exporter
// worker loads it, by dynamic import, when the learner asks for an .apkg.

/** A value SQLite stores for us. */
export type SqlValue = number | string | null;

/** An in-memory SQLite database. */
export interface SqliteDatabase {
  run(sql: string, params?: readonly SqlValue[]): void;
  /** Runs `sql` once per row of `rows` (one prepared statement). */
  runMany(sql: string, rows: readonly (readonly SqlValue[])[]): void;
  /** The database file's bytes. */
  bytes(): Uint8Array;
  close(): void;
}

/** Where sql.js finds its WebAssembly: a URL of our own build (browser) or the bytes (Node). */
export type SqliteWasm = { url: string } | { binary: ArrayBuffer };

/** Loads sql.js and returns a maker of empty databases. */
export async function loadSqlite(wasm: SqliteWasm): Promise<() => SqliteDatabase> {
  const { default: initSqlJs } = await import('sql.js');
  const SQL = await initSqlJs(
    'url' in wasm ? { locateFile: () => wasm.url } : { wasmBinary: wasm.binary },
  );
  return () => {
    const db = new SQL.Database();
    return {
      run: (sql, params = []) => void db.run(sql, [...params]),
      runMany(sql, rows) {
        const statement = db.prepare(sql);
        try {
          for (const row of rows) statement.run([...row]);
        } finally {
          statement.free();
        }
      },
      bytes: () => db.export(),
      close: () => db.close(),
    };
  };
}
