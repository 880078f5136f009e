import type { LogEntry } from '../domain/card-model';
import { encodeEntries, encodeLog } from '../domain/progress-codec';
import { exportProgress, type ProgressData, type ProgressFile } from '../domain/progress-file';

/**
 * Turns progress into the saved JSON text, re-encoding only the log entries added since the last
 * call: after a year of study the log is most of the text, and an answer only appends to it.
 * The text parses to exactly what `exportProgress` gives (its key order differs).
 */
export class ProgressSerializer {
  private log: readonly LogEntry[] = [];
  private ids: string[] = [];
  private index = new Map<string, number>();
  private lastTime = 0;
  private entriesText = '';

  serialize(data: ProgressData): string {
    this.encode(data.log);
    const head: Partial<ProgressFile> = exportProgress({ ...data, log: [] });
    delete head.log;
    const headText = JSON.stringify(head);
    const logText = `{"ids":${JSON.stringify(this.ids)},"entries":[${this.entriesText}]}`;
    return `${headText.slice(0, -1)},"log":${logText}}`;
  }

  private encode(log: readonly LogEntry[]): void {
    const previous = this.log;
    let appended = log.length >= previous.length;
    for (let i = 0; appended && i < previous.length; i++) appended = log[i] === previous[i];
    if (!appended) {
      const compact = encodeLog(log);
      this.ids = compact.ids;
      this.index = new Map(compact.ids.map((id, i) => [id, i]));
      this.entriesText = compact.entries.join(',');
      const last = log[log.length - 1];
      this.lastTime = last ? last.review : 0;
      this.log = log;
      return;
    }
    const added = log.slice(previous.length);
    if (added.length === 0) {
      this.log = log;
      return;
    }
    // Encode the new entries as if they followed the old ones, with their ids in the same table.
    for (const e of added) {
      if (!this.index.has(e.cardId)) {
        this.index.set(e.cardId, this.ids.length);
        this.ids.push(e.cardId);
      }
    }
    const tail = encodeEntries(added, this.index, this.lastTime);
    this.entriesText = this.entriesText ? `${this.entriesText},${tail.join(',')}` : tail.join(',');
    this.lastTime = (added[added.length - 1] as LogEntry).review;
    this.log = log;
  }
}
