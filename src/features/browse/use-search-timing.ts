import { useCallback, useLayoutEffect, useRef } from 'react';

/** performance.mark names around one search keystroke, read by the bench (see the Browse report). */
export const SEARCH_INPUT_MARK = 'browse-search:input';
export const SEARCH_COMMIT_MARK = 'browse-search:commit';
/** performance.measure from the keystroke to the commit of its results. */
export const SEARCH_MEASURE = 'browse-search';

/**
 * Marks a keystroke (call the returned function in the input handler) and, in the layout effect of the
 * render that shows its results (`results` changed), the commit, then measures the time between them.
 */
export function useSearchTiming(results: unknown): () => void {
  const pending = useRef(false);
  useLayoutEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    performance.mark(SEARCH_COMMIT_MARK);
    performance.measure(SEARCH_MEASURE, SEARCH_INPUT_MARK, SEARCH_COMMIT_MARK);
  }, [results]);
  return useCallback(() => {
    pending.current = true;
    performance.mark(SEARCH_INPUT_MARK);
  }, []);
}
