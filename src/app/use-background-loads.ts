import { useEffect } from 'react';
import type { Language } from '../domain/language';
import { useStores } from '../state/stores';
import { loadCodeExamples } from '../state/use-code-example';

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 50);
  return () => clearTimeout(id);
}

/**
 * Once a screen shows a code's full texts (a study card, a lesson), loads the rest of the language's
 * dataset texts and the example responses when the browser is idle, so that the next cards show at once. Until then nothing
 * more than the core (names) is downloaded: a visit that only looks at today's counts stays light.
 * (Other screens load on intent: see preloadScreen.)
 */
export function useBackgroundLoads(lang: Language): void {
  const { content } = useStores();
  useEffect(() => {
    let cancelIdle: () => void = () => undefined;
    const loadRest = () => {
      cancelIdle = whenIdle(() => {
        void content.getState().load(lang);
        // The back of a card shows an example response: have them before the learner turns it.
        loadCodeExamples().catch(() => undefined);
      });
    };
    if (content.getState().codes[lang]) {
      loadRest();
      return () => cancelIdle();
    }
    const unsubscribe = content.subscribe((s) => {
      if (!s.codes[lang]) return;
      unsubscribe();
      loadRest();
    });
    return () => {
      unsubscribe();
      cancelIdle();
    };
  }, [content, lang]);
}
