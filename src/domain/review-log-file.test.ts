import { describe, expect, it } from 'vitest';
import type { LogEntry } from './card-model';
import { reviewLogCsv } from './progress-file';
import { parseReviewLogFileName, reviewLogFileName } from './review-log-file';

describe('review-log CSV for the FSRS optimiser tools', () => {
  it('has the optimiser’s columns, reviews only (manual entries such as reschedules left out)', () => {
    const log: LogEntry[] = [
      {
        cardId: '404:recall',
        grade: 3,
        review: 1_767_600_000_000,
        durationMs: 4_000,
        state: 'new',
      },
      { cardId: '404:recall', action: 'reschedule', review: 1_767_700_000_000 },
      {
        cardId: '404:recall',
        grade: 1,
        review: 1_767_800_000_000,
        durationMs: 9_000,
        state: 'review',
      },
    ];
    expect(reviewLogCsv(log).split('\n')).toEqual([
      'card_id,review_time,review_rating,review_state,review_duration',
      '404:recall,1767600000000,3,0,4000',
      '404:recall,1767800000000,1,2,9000',
      '',
    ]);
  });

  it('names the file with the timezone and the day start, which the tools ask for', () => {
    const name = reviewLogFileName('2026-03-02', 'Asia/Shanghai', 4);
    expect(name).toBe(
      'http-status-trainer-review-log-2026-03-02_tz-Asia~Shanghai_day-starts-4h.csv',
    );
    expect(parseReviewLogFileName(name)).toEqual({ timeZone: 'Asia/Shanghai', dayStartHour: 4 });
    expect(
      parseReviewLogFileName(reviewLogFileName('2026-03-02', 'America/Argentina/Buenos_Aires', 0)),
    ).toEqual({ timeZone: 'America/Argentina/Buenos_Aires', dayStartHour: 0 });
    expect(parseReviewLogFileName(reviewLogFileName('2026-03-02', 'Etc/GMT+5', 23))).toEqual({
      timeZone: 'Etc/GMT+5',
      dayStartHour: 23,
    });
    expect(reviewLogFileName('2026-03-02', 'a/b c', 4)).not.toMatch(/[/ ]/);
  });
});
