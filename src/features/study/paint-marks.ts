import { useEffect, useLayoutEffect } from 'react';

/**
 * Performance marks for the bench: "answer" when a grade is given, "card-committed" when React has
 * committed the next card (the main-thread work of an answer: handler, render, commit), "card-shown"
 * once it has been painted (adds the wait for the next frame), and the measures "answer-to-commit"
 * and "answer-to-card" (read with performance.getEntriesByName(name)). Nothing is recorded in production code paths
 * beyond these standard User Timing entries.
 */
export const ANSWER_MARK = 'answer';
export const CARD_COMMITTED_MARK = 'card-committed';
export const CARD_SHOWN_MARK = 'card-shown';
export const ANSWER_TO_COMMIT_MEASURE = 'answer-to-commit';
export const ANSWER_TO_CARD_MEASURE = 'answer-to-card';

let pending = false;

/** Marks the moment a grade is given. */
export function markAnswered(): void {
  pending = true;
  performance.mark(ANSWER_MARK);
}

/**
 * After `card` changes following an answer: marks the first paint that shows it. The measures carry
 * the new card's kind (`detail.kind`), so that the bench reports the time per kind.
 */
export function useCardShownMark(card: unknown, kind?: string): void {
  useLayoutEffect(() => {
    if (!pending || !card) return;
    performance.mark(CARD_COMMITTED_MARK);
    performance.measure(ANSWER_TO_COMMIT_MEASURE, {
      start: ANSWER_MARK,
      end: CARD_COMMITTED_MARK,
      detail: { kind },
    });
    // The kind is the card's: it changes only with the card.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [card]);
  useEffect(() => {
    if (!pending || !card) return;
    pending = false;
    // rAF runs just before the frame is painted; the task queued from it runs after that paint.
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark(CARD_SHOWN_MARK);
        performance.measure(ANSWER_TO_CARD_MEASURE, {
          start: ANSWER_MARK,
          end: CARD_SHOWN_MARK,
          detail: { kind },
        });
      }, 0),
    );
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [card]);
}
