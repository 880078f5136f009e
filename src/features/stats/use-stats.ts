import { useMemo } from 'react';
import { CODES } from '../../domain/dataset';
import {
  masteryByClass,
  reviewForecast,
  reviewsPerDay,
  reviewsToday,
  streaks,
  trueRetention,
} from '../../domain/stats';
import { useProgress, useStores } from '../../state/stores';

const MINUTE = 60_000;

/** Every figure of the Stats screen, computed from the progress store at the store clock's `now`. */
export function useStats() {
  const cards = useProgress((s) => s.cards);
  const log = useProgress((s) => s.log);
  const settings = useProgress((s) => s.settings);
  // Whole minutes, so that re-renders within a minute reuse the figures.
  const minute = Math.floor(useStores().env.now() / MINUTE);
  return useMemo(() => {
    const now = minute * MINUTE;
    const hour = settings.dayStartHour;
    return {
      now,
      dayStartHour: hour,
      hasReviews: log.some((e) => 'grade' in e),
      mastery: masteryByClass(CODES, cards, settings),
      forecast: reviewForecast(cards, now, hour, 30),
      calendar: reviewsPerDay(log, now, hour, 365),
      today: reviewsToday(log, now, hour),
      streaks: streaks(log, now, hour),
      retention: {
        last7: trueRetention(log, now, hour, 7),
        last30: trueRetention(log, now, hour, 30),
        all: trueRetention(log, now, hour),
      },
      desiredRetention: settings.desiredRetention,
    };
  }, [cards, log, settings, minute]);
}

export type Stats = ReturnType<typeof useStats>;
