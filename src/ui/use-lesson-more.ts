import { useSyncExternalStore } from 'react';
import { usePrefs, useStores } from '../state/stores';

/** From this width the back of a card has room for the whole lesson at once. */
const WIDE = '(min-width: 44rem)';

function subscribeWide(onChange: () => void): () => void {
  const query = window.matchMedia?.(WIDE);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}
const isWide = () => window.matchMedia?.(WIDE).matches ?? true;

/**
 * Whether the details of a lesson (details, headers, example, other contrasts, the spec) are shown on
 * the back of a card: as the learner last chose, or by default only on wide screens.
 */
export function useLessonMore(): { open: boolean; setOpen: (open: boolean) => void } {
  const { prefs } = useStores();
  const choice = usePrefs((s) => s.lessonDetails);
  const wide = useSyncExternalStore(subscribeWide, isWide, () => true);
  return {
    open: choice === 'auto' ? wide : choice === 'open',
    setOpen: (open) => prefs.getState().setLessonDetails(open ? 'open' : 'closed'),
  };
}
