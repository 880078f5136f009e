/** The hour (local time) at which a new study day begins unless the user chooses another, as in Anki. */
export const DEFAULT_DAY_START_HOUR = 4;

/** Start (epoch ms) of the study day containing `now`: the latest local `dayStartHour`:00 at or before it. */
export function studyDayStart(now: number, dayStartHour: number = DEFAULT_DAY_START_HOUR): number {
  const d = new Date(now);
  const start = new Date(d.getFullYear(), d.getMonth(), d.getDate(), dayStartHour);
  // Built from calendar fields rather than by subtracting 24 h, so days stay right across DST changes.
  if (start.getTime() > now) start.setDate(start.getDate() - 1);
  return start.getTime();
}

/** Start (epoch ms) of the study day after the one containing `now`. */
export function nextStudyDayStart(
  now: number,
  dayStartHour: number = DEFAULT_DAY_START_HOUR,
): number {
  const start = new Date(studyDayStart(now, dayStartHour));
  start.setDate(start.getDate() + 1);
  start.setHours(dayStartHour, 0, 0, 0);
  return start.getTime();
}

/**
 * The number of the study day containing `time` (whole days since 1970-01-01 in the local calendar),
 * so that the difference of two is the number of study days between them, across DST changes too.
 */
export function studyDayNumber(
  time: number,
  dayStartHour: number = DEFAULT_DAY_START_HOUR,
): number {
  const d = new Date(studyDayStart(time, dayStartHour));
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);
}
