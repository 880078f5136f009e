import { isReview, type LogEntry } from './card-model';
import type { QueueCounts } from './queue';

/** Seconds per answer assumed until the learner has given enough answers to measure their own pace. */
export const DEFAULT_SECONDS_PER_ANSWER = 10;
const SAMPLE = 100;
const MIN_SAMPLE = 10;

/**
 * How long today's session will take, in ms: the expected number of answers (a new card is answered
 * about twice, once more at its learning step; a learning or review card once) times the learner's
 * median time per answer over their latest answers, or DEFAULT_SECONDS_PER_ANSWER before there are
 * enough of them.
 */
export function estimateSessionMs(counts: QueueCounts, log: readonly LogEntry[]): number {
  const answers = counts.new * 2 + counts.learning + counts.due;
  const times: number[] = [];
  for (let i = log.length - 1; i >= 0 && times.length < SAMPLE; i--) {
    const e = log[i];
    if (e && isReview(e) && e.durationMs > 0) times.push(e.durationMs);
  }
  times.sort((a, b) => a - b);
  const median =
    times.length >= MIN_SAMPLE
      ? (times[Math.floor((times.length - 1) / 2)] ?? 0)
      : DEFAULT_SECONDS_PER_ANSWER * 1000;
  return answers * median;
}
