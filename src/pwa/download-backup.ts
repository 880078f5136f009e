import type { AppStores } from '../state/stores';
import { downloadText } from '../ui/download-text';

/** Downloads the whole progress as a backup file, notes the backup, and returns the file's name. */
export function downloadBackup(stores: AppStores): string {
  const now = stores.env.now();
  const name = `http-status-trainer-progress-${new Date(now).toISOString().slice(0, 10)}.json`;
  downloadText(
    name,
    `${JSON.stringify(stores.progress.getState().exportFile())}\n`,
    'application/json',
  );
  stores.prefs.getState().recordBackup(now);
  return name;
}
