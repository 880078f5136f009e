import { useMemo } from 'react';
import { cardId } from '../../domain/card-model';
import { CODES } from '../../domain/dataset';
import { codeMastery, type Mastery } from '../../domain/mastery';
import { useProgress } from '../../state/stores';

/** The user's mastery of each code, over the card kinds they study (Settings), from the progress store. */
export function useMasteryOf(): (code: number) => Mastery {
  const cards = useProgress((s) => s.cards);
  const kinds = useProgress((s) => s.settings.kinds);
  return useMemo(() => {
    const levels = new Map(
      CODES.map((c) => [c.code, codeMastery(kinds.map((kind) => cards[cardId(c.code, kind)]))]),
    );
    return (code: number) => levels.get(code) ?? 'new';
  }, [cards, kinds]);
}
