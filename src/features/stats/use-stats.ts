import { useEffect, useMemo, useState } from 'react';
import { CODES } from '../../domain/dataset';
import {
  masteryByClass,
  reviewForecast,
  reviewsPerDay,
  reviewsToday,
  streaks,
  trueRetention,
} from '../../domain/stats';
import { fullFilter, selectQueue } from '../../state/progress-selectors';
import { useProgress, useStores } from '../../state/stores';

const MINUTE = 60_000;

/**
 * Every figure of the Stats screen, computed from the progress store at the store clock's `now`: again
 * whenever progress changes (an answer here or in another tab) and once a minute (days roll over).
 */
export function useStats() {
  const { env } = useStores();
  const cards = useProgress((s) => s.cards);
  const log = useProgress((s) => s.log);
  const settings = useProgress((s) => s.settings);
  const [minute, setMinute] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setMinute((m) => m + 1), MINUTE);
    return () => clearInterval(timer);
  }, []);
  return useMemo(() => {
    // The real now, not the minute's start: answers given earlier in this minute count.
    const now = env.now();
    const hour = settings.dayStartHour;
    return {
      now,
      dayStartHour: hour,
      hasReviews: log.some((e) => 'grade' in e),
      mastery: masteryByClass(CODES, cards, settings),
      forecast: reviewForecast(cards, now, hour, 30),
      // The same count as Study's "Review" with every category chosen.
      toReview: selectQueue({ cards, log, settings }, fullFilter(settings), now).counts.due,
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
    // `minute` is a dependency only to recompute as time passes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cards, log, settings, env, minute]);
}

export type Stats = ReturnType<typeof useStats>;
