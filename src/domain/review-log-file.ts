// The name of the review-log CSV: the FSRS optimiser tools ask for the learner's timezone and the
// hour at which their day starts, which the CSV's columns do not say, so the name carries both.

/** e.g. "http-status-trainer-review-log-2026-03-02_tz-Asia~Shanghai_day-starts-4h.csv". */
export function reviewLogFileName(date: string, timeZone: string, dayStartHour: number): string {
  // "/" cannot be in a file name: IANA names use it between area and city, so it becomes "~".
  const zone = timeZone.replace(/\//g, '~').replace(/[^\w~+-]/g, '_');
  return `http-status-trainer-review-log-${date}_tz-${zone}_day-starts-${dayStartHour}h.csv`;
}

/** The timezone and day start a review-log file name carries (undefined for another name). */
export function parseReviewLogFileName(
  name: string,
): { timeZone: string; dayStartHour: number } | undefined {
  const match = /_tz-([\w~+-]+)_day-starts-(\d{1,2})h\.csv$/.exec(name);
  if (!match) return undefined;
  return { timeZone: (match[1] ?? '').replace(/~/g, '/'), dayStartHour: Number(match[2]) };
}
