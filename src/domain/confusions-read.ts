import { parseCardId } from './card-model';
import { MAX_CONFUSION_EVENTS, type ConfusionEvent } from './confusions';

// Apart from confusions.ts: only the validator of saved progress (loaded on demand) reads them back.

const isCode = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 100 && (v as number) <= 599;

/**
 * The events read back from storage or a file: absent means none (progress saved before issue 15);
 * an unusable entry is reported and skipped, the others kept.
 */
export function readConfusions(raw: unknown, errors: string[]): ConfusionEvent[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    errors.push('confusions: expected an array');
    return [];
  }
  const out: ConfusionEvent[] = [];
  raw.forEach((entry: unknown, i) => {
    const [cardId, review, answer, given] = Array.isArray(entry) ? (entry as unknown[]) : [];
    const ok =
      Array.isArray(entry) &&
      entry.length === 4 &&
      typeof cardId === 'string' &&
      parseCardId(cardId) !== undefined &&
      Number.isSafeInteger(review) &&
      (review as number) >= 0 &&
      isCode(answer) &&
      isCode(given);
    if (!ok)
      errors.push(`confusions[${i}]: expected [card id, review time, right code, given code]`);
    else out.push({ cardId: cardId as string, review: review as number, answer, given });
  });
  return out.slice(-MAX_CONFUSION_EVENTS);
}
