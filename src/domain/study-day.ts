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
