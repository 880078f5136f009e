// What the Anki exporter worker does with a request: the collection's rows (domain), SQLite (sql.js)
// and zip (fflate), each library loaded only now. Kept apart from the worker's wiring for tests.
import { buildAnkiCollection, type AnkiPackageInput } from '../domain/anki-package';
import { apkgEntries, writeCollection } from './apkg-writer';
import type { SqliteDatabase } from './sqlite-database';

export type ApkgRequest = AnkiPackageInput;

export type ApkgMessage =
  { type: 'progress' } | { type: 'done'; value: Uint8Array } | { type: 'failed'; detail: string };

export interface ApkgTools {
  sqlite: () => Promise<() => SqliteDatabase>;
  zip: (files: Record<string, Uint8Array>) => Promise<Uint8Array>;
}

/** The .apkg file for `request`; throws on failure. */
export async function buildApkg(request: ApkgRequest, tools: ApkgTools): Promise<Uint8Array> {
  const collection = buildAnkiCollection(request);
  const open = await tools.sqlite();
  const db = open();
  try {
    return await tools.zip(apkgEntries(writeCollection(db, collection)));
  } finally {
    db.close();
  }
}

/** Builds the package and reports it through `post` (its bytes transferred); never throws. */
export async function runApkgExport(
  request: ApkgRequest,
  tools: ApkgTools,
  post: (message: ApkgMessage, transfer?: Transferable[]) => void,
): Promise<void> {
  try {
    const bytes = await buildApkg(request, tools);
    post({ type: 'done', value: bytes }, [bytes.buffer]);
  } catch (e) {
    post({ type: 'failed', detail: e instanceof Error ? e.message : String(e) });
  }
}
