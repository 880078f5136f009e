import setsJson from '../../data/confusion-sets.json';
import { confusableWith } from './confusion-sets';
import type { ConfusionSet } from './dataset-schema';

const SETS = setsJson as ConfusionSet[];
const cache = new Map<number, readonly number[]>();

/** The codes that share a confusion set (data/confusion-sets.json) with `code`, nearest sets first. */
export function confusablesOf(code: number): readonly number[] {
  let found = cache.get(code);
  if (!found) {
    found = confusableWith(code, SETS);
    cache.set(code, found);
  }
  return found;
}
