// The backup file's handle, kept in IndexedDB (the only storage that holds a FileSystemFileHandle),
// so that the file chosen once is written again in later visits. Every failure reads as "no handle".
const DB = 'hst-backup-file';
const STORE = 'handles';
const KEY = 'file';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>) {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB refused'));
    });
  } finally {
    db.close();
  }
}

/** The handle saved before, or undefined (none, or IndexedDB unavailable). */
export async function loadHandle<T>(): Promise<T | undefined> {
  try {
    return (await run('readonly', (s) => s.get(KEY))) as T | undefined;
  } catch {
    return undefined;
  }
}

/** Saves the handle for later visits; false when it cannot be kept (it then lasts this visit). */
export async function saveHandle(handle: unknown): Promise<boolean> {
  try {
    await run('readwrite', (s) => s.put(handle, KEY));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the handle. */
export async function clearHandle(): Promise<void> {
  try {
    await run('readwrite', (s) => s.delete(KEY));
  } catch {
    // Nothing kept: nothing to forget.
  }
}
