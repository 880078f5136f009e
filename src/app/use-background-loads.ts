import { useEffect } from 'react';
import type { Language } from '../domain/language';
import { useStores } from '../state/stores';

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 50);
  return () => clearTimeout(id);
}

/**
 * Once the first screen is up (the browser is idle and the texts it asked for have arrived), loads the
 * rest of the language's dataset texts, so that the first card waits for none of it and the next cards
 * of a session show at once. (Other screens load on intent: see preloadScreen.)
 */
export function useBackgroundLoads(lang: Language): void {
  const { content } = useStores();
  useEffect(() => {
    let active = true;
    const cancel = whenIdle(() => {
      void content
        .getState()
        .settled()
        .then(() => {
          if (!active) return;
          void content.getState().load(lang);
        });
    });
    return () => {
      active = false;
      cancel();
    };
  }, [content, lang]);
}
