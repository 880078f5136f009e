import type { CardState, LogEntry } from '../domain/card-model';
import { entryKey, MAX_UNDONE } from '../domain/progress-file';
import type { ProgressState } from './progress-state';

/** An answer or action this tab can take back, with the card as it was before it. */
export interface UndoStep {
  entry: LogEntry;
  before: CardState | undefined;
}

const UNDO_DEPTH = 50;

/** Remembers `step` as the latest to undo, forgetting the oldest beyond the undo depth. */
export function pushUndo(stack: UndoStep[], step: UndoStep): void {
  stack.push(step);
  if (stack.length > UNDO_DEPTH) stack.shift();
}

/**
 * The progress without the latest step of `stack` whose entry is still in the log (steps popped on
 * the way), or undefined when none is left. The card goes back to what it was before, or is
 * rebuilt without the entry by `replay` when something has happened to it since (another tab).
 */
export function undoLatest(
  s: ProgressState,
  stack: UndoStep[],
  replay: (cardId: string, log: readonly LogEntry[]) => CardState,
): Pick<ProgressState, 'cards' | 'log' | 'undone' | 'confusions'> | undefined {
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { entry, before } = top;
    const key = entryKey(entry);
    const at = s.log.findLastIndex((e) => entryKey(e) === key);
    if (at < 0) continue; // Gone already (another tab's reset, say).
    const log = s.log.filter((_, i) => i !== at);
    const cards = { ...s.cards };
    if (s.cards[entry.cardId]?.updatedAt === entry.review) {
      if (before) cards[entry.cardId] = before;
      else delete cards[entry.cardId];
    } else {
      cards[entry.cardId] = replay(entry.cardId, log);
    }
    const undone = [...s.undone, entry].slice(-MAX_UNDONE);
    const confusions = s.confusions.filter(
      (e) => e.cardId !== entry.cardId || e.review !== entry.review,
    );
    return { cards, log, undone, confusions };
  }
  return undefined;
}
