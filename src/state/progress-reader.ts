// What the store needs only once there is saved progress to read (or another tab's save, or an
// import): the validator (zod), the merge of two progresses, and the backup of damaged data. Loaded
// on demand by progress-restore-loader.ts, so that a first visit does without it.
import type { ProgressData } from '../domain/progress-file';
import { restoreProgress } from '../domain/progress-restore';
import type { AppEnv } from './app-env';
import { saveBackup } from './progress-backups';
import type { ReadProblem } from './progress-persistence';

export { mergeProgress } from '../domain/progress-merge';
export { restoreProgress };

/** What reading saved progress gave, and whether saving must stop so as not to write over it. */
export interface ReadOutcome {
  /** The progress to start from (or to merge in); null when nothing of it is usable. */
  data: ProgressData | null;
  problem: ReadProblem | null;
  /** Storage holds what must not be written over: a newer version's save, or damaged data of which no backup could be kept. */
  hold: boolean;
}

/**
 * Damaged saved text: kept under a backup key (one per distinct content) and reported. Without a
 * backup, saving must hold: the next save would overwrite the only copy.
 */
export function readDamaged(
  env: AppEnv,
  raw: string,
  error: string,
  data: ProgressData | null,
): ReadOutcome {
  const backupKey = saveBackup(env.storage, raw, env.now());
  const held = backupKey === null;
  return { data, problem: { kind: 'corrupt', error, backup: raw, backupKey, held }, hold: held };
}

/**
 * Reads saved progress (parsed JSON or text, any version) at `env.now()`. `raw` is its text, kept as
 * the backup if it is damaged; a newer version's save is kept untouched until the app is updated.
 */
export function readSaved(input: unknown, raw: string, env: AppEnv): ReadOutcome {
  const result = restoreProgress(input, env.now());
  if (result.ok) return { data: result.value, problem: null, hold: false };
  if (result.newerVersion !== undefined)
    return { data: null, problem: { kind: 'newer', version: result.newerVersion }, hold: true };
  return readDamaged(env, raw, result.error, result.partial);
}
