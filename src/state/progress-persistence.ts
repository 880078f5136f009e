import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { ProgressData } from '../domain/progress-file';
import { ProgressSerializer } from './progress-serializer';

/** localStorage key of the learner's progress. */
export const PROGRESS_STORAGE_KEY = 'hst-progress';
/** Prefix of the keys under which unreadable saved progress is kept, followed by the time it was found. */
export const PROGRESS_BACKUP_PREFIX = 'hst-progress-backup-';

/** What the UI must tell the user about reading their saved progress. */
export type ReadProblem =
  /**
   * Saved progress could not be read in full: the app started with what it could restore. When no
   * backup could be kept (`backupKey` null), nothing is saved over the original (`held`) until the
   * learner has downloaded it or chosen to start over without it (`released`).
   */
  | {
      kind: 'corrupt';
      error: string;
      backupKey: string | null;
      backup: string;
      held: boolean;
      released?: 'downloaded' | 'start-over';
    }
  /** Saved progress could not be read at all (its reader did not load): nothing is saved over it. */
  | { kind: 'unread'; error: string }
  /** Saved by a newer version of the app: kept untouched (nothing is saved over it) until updated. */
  | { kind: 'newer'; version: number };

/** What the UI must tell the user about saving: the latest answers are only in memory. */
export type SaveProblem =
  /** Storage is full; saving is retried. */
  | { kind: 'quota' }
  /** Saving failed for another reason (storage blocked); retried. */
  | { kind: 'save-failed'; error: string }
  /** The browser keeps no data for the app (blocked, private mode): progress lives in this tab. */
  | { kind: 'no-storage' };

/** True for the "storage full" errors of every browser. */
export function isQuotaError(e: unknown): boolean {
  if (!(e instanceof DOMException) && !(e instanceof Error)) return false;
  const code = (e as DOMException).code;
  return (
    e.name === 'QuotaExceededError' ||
    e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

/** What the progress storage reports back to its store. */
export interface ProgressStorageHooks {
  /** A save failed, or succeeded after failing (null). */
  onSaveResult(problem: SaveProblem | null): void;
}

/**
 * The persist middleware's storage for progress: writes the compact versioned JSON, never throws on a
 * full or blocked storage, skips writes that would not change anything, and hands reads back as parsed
 * JSON (validation happens in the store's merge, through restoreProgress).
 */
export class ProgressStorage implements PersistStorage<ProgressData> {
  /** The text last read or written, i.e. what storage holds as far as this tab knows. */
  lastText: string | null = null;
  /** Text read that was not JSON, waiting to be backed up by the store. */
  unreadable: { raw: string; error: string } | null = null;
  /** Why the latest save failed, or null when storage holds the latest state. */
  failure: SaveProblem | null = null;
  /** False until the store has read what storage holds: an earlier write would overwrite it unread. */
  writable = false;
  private readonly serializer = new ProgressSerializer();

  constructor(
    private readonly storage: Storage,
    private readonly hooks: ProgressStorageHooks,
  ) {}

  /** Whether storage holds anything under `name` (unreadable storage holds nothing we can use). */
  holdsProgress(name: string): boolean {
    try {
      return this.storage.getItem(name) !== null;
    } catch {
      return false;
    }
  }

  getItem(name: string): StorageValue<ProgressData> | null {
    let raw: string | null;
    try {
      raw = this.storage.getItem(name);
    } catch {
      return null;
    }
    this.lastText = raw;
    if (raw === null) return null;
    try {
      const parsed = JSON.parse(raw) as unknown;
      const version =
        typeof parsed === 'object' && parsed !== null && 'version' in parsed
          ? (parsed as { version: unknown }).version
          : undefined;
      // The whole parsed object goes to merge as "state": restoreProgress knows every version.
      return { state: parsed as ProgressData, version: typeof version === 'number' ? version : 0 };
    } catch (e) {
      this.unreadable = { raw, error: `file: not JSON (${(e as Error).message})` };
      return null;
    }
  }

  setItem(name: string, value: StorageValue<ProgressData>): void {
    if (!this.writable) return;
    const text = this.serializer.serialize(value.state);
    if (text === this.lastText) return;
    try {
      this.storage.setItem(name, text);
      this.lastText = text;
      this.failure = null;
      this.hooks.onSaveResult(null);
    } catch (e) {
      this.failure = isQuotaError(e)
        ? { kind: 'quota' }
        : { kind: 'save-failed', error: String(e) };
      this.hooks.onSaveResult(this.failure);
    }
  }

  removeItem(name: string): void {
    try {
      this.storage.removeItem(name);
    } catch {
      // Nothing to do: the next save writes the key again.
    }
  }
}
