import { useMemo } from 'react';
import { ESSENTIAL_CODES } from '../domain/introduction-order';
import { readiness, type Readiness } from '../domain/readiness';
import { createScheduler } from '../domain/scheduler';
import { deckFor } from './progress-selectors';
import { useProgress } from './stores';

/** The essential codes, ready or not at `now` (see readiness in the domain). */
export function useEssentialsReadiness(now: number): Readiness {
  const cards = useProgress((s) => s.cards);
  const settings = useProgress((s) => s.settings);
  return useMemo(() => {
    const scheduler = createScheduler(settings);
    return readiness({
      codes: ESSENTIAL_CODES,
      deck: deckFor(settings),
      cards,
      desiredRetention: settings.desiredRetention,
      retrievability: (card) => scheduler.retrievability(card, now),
    });
  }, [cards, settings, now]);
}
