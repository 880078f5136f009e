import { useEffect } from 'react';

/**
 * Performance marks for the bench: "answer" when a grade is given, "card-shown" once the next card
 * has been painted, and the measure "answer-to-card" between them (read with
 * performance.getEntriesByName('answer-to-card')). Nothing is recorded in production code paths
 * beyond these standard User Timing entries.
 */
export const ANSWER_MARK = 'answer';
export const CARD_SHOWN_MARK = 'card-shown';
export const ANSWER_TO_CARD_MEASURE = 'answer-to-card';

let pending = false;

/** Marks the moment a grade is given. */
export function markAnswered(): void {
  pending = true;
  performance.mark(ANSWER_MARK);
}

/** After `card` changes following an answer: marks the first paint that shows it. */
export function useCardShownMark(card: unknown): void {
  useEffect(() => {
    if (!pending || !card) return;
    pending = false;
    // rAF runs just before the frame is painted; the task queued from it runs after that paint.
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark(CARD_SHOWN_MARK);
        performance.measure(ANSWER_TO_CARD_MEASURE, ANSWER_MARK, CARD_SHOWN_MARK);
      }, 0),
    );
    return () => cancelAnimationFrame(frame);
  }, [card]);
}
