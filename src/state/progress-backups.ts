// The backups of unreadable progress kept on this device: made when damaged data is read (a chunk
// loaded with the validator), listed, downloaded and deleted in Settings. Out of the first load.
import { PROGRESS_BACKUP_PREFIX } from './progress-persistence';

/** The keys of the backups in `storage`. */
function backupKeys(storage: Storage): string[] {
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(PROGRESS_BACKUP_PREFIX)) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}

/**
 * Keeps `raw` under a backup key, once: when a backup of the same text exists, that is its key.
 * Null when it could not be saved (storage full or refused).
 */
export function saveBackup(storage: Storage, raw: string, now: number): string | null {
  try {
    for (const key of backupKeys(storage)) if (storage.getItem(key) === raw) return key;
    const key = `${PROGRESS_BACKUP_PREFIX}${now}`;
    storage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

/** A copy of unreadable saved progress kept on this device. */
export interface BackupInfo {
  key: string;
  /** When the damaged data was found (epoch ms). */
  foundAt: number;
  /** Its length in characters. */
  size: number;
}

/** The backups kept on this device, oldest first. */
export function listBackups(storage: Storage): BackupInfo[] {
  const out: BackupInfo[] = [];
  for (const key of backupKeys(storage)) {
    let text: string | null = null;
    try {
      text = storage.getItem(key);
    } catch {
      // Unreadable now: not listed.
    }
    const foundAt = Number(key.slice(PROGRESS_BACKUP_PREFIX.length));
    if (text !== null)
      out.push({ key, foundAt: Number.isFinite(foundAt) ? foundAt : 0, size: text.length });
  }
  return out.sort((a, b) => a.foundAt - b.foundAt);
}

/** The text of a backup, or null when `key` is not one (or it is gone). */
export function readBackup(storage: Storage, key: string): string | null {
  if (!key.startsWith(PROGRESS_BACKUP_PREFIX)) return null;
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Deletes a backup (any other key is left alone). */
export function deleteBackup(storage: Storage, key: string): void {
  if (!key.startsWith(PROGRESS_BACKUP_PREFIX)) return;
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: it stays listed.
  }
}
