import { describe, expect, it } from 'vitest';
import { nextStudyDayStart, studyDayStart } from './study-day';

const at = (d: number, h: number, m = 0) => new Date(2026, 2, d, h, m).getTime();

describe('study day', () => {
  it('starts at 04:00 local time by default', () => {
    expect(studyDayStart(at(10, 4))).toBe(at(10, 4));
    expect(studyDayStart(at(10, 23, 59))).toBe(at(10, 4));
    expect(nextStudyDayStart(at(10, 12))).toBe(at(11, 4));
  });

  it('counts the small hours as the previous day', () => {
    expect(studyDayStart(at(10, 3, 59))).toBe(at(9, 4));
    expect(nextStudyDayStart(at(10, 3, 59))).toBe(at(10, 4));
  });

  it('follows the configured hour', () => {
    expect(studyDayStart(at(10, 0, 30), 0)).toBe(at(10, 0));
    expect(studyDayStart(at(10, 5), 6)).toBe(at(9, 6));
    expect(nextStudyDayStart(at(10, 5), 6)).toBe(at(10, 6));
  });

  it('crosses month ends', () => {
    expect(studyDayStart(new Date(2026, 3, 1, 2).getTime())).toBe(
      new Date(2026, 2, 31, 4).getTime(),
    );
  });
});
