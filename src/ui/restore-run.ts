import type { ProgressState } from '../state/progress-store';
import type { ImportRefusal } from './import-problem';

/** How a restore from a backup file went. */
export type RestoreOutcome =
  | { kind: 'restored'; reviews: number }
  | { kind: 'refused'; refusal: ImportRefusal; detail: string };

/**
 * Restores progress from a backup file: it replaces the (empty) progress; with `recover`, a damaged
 * file gives what can be read of it. Resolves once the strings that say how it went are loaded.
 * Loaded only once a file has been chosen.
 */
export async function restoreFile(
  progress: () => ProgressState,
  file: File,
  recover: boolean,
  // Passed in, not imported: this chunk then shares no module with the first load but the store's.
  ensureStrings: () => Promise<void>,
): Promise<RestoreOutcome> {
  let outcome: RestoreOutcome;
  try {
    const text = await file.text();
    const result = await progress().importProgress(text, 'replace', { recover });
    outcome = result.ok
      ? { kind: 'restored', reviews: progress().log.length }
      : { kind: 'refused', refusal: result.reason, detail: result.error };
  } catch {
    outcome = { kind: 'refused', refusal: 'unreadable', detail: '' };
  }
  await ensureStrings().catch(() => undefined);
  return outcome;
}
