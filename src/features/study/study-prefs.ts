import { CLASS_DIGITS, type ClassDigit } from '../../domain/code-classes';
import { ANSWER_MODES, type AnswerMode } from '../../domain/answer-mode';

/** localStorage key of the Study screen's own choices (categories, answer mode). */
export const STUDY_PREFS_KEY = 'hst-study-prefs';

export interface StudyPrefs {
  classes: ClassDigit[];
  /** Whether unofficial codes are in the session (only offered when Settings include them). */
  unofficial: boolean;
  mode: AnswerMode;
}

export const DEFAULT_STUDY_PREFS: StudyPrefs = {
  classes: [...CLASS_DIGITS],
  unofficial: true,
  mode: 'choice',
};

/** The saved Study choices, each field checked; anything unusable falls back to the default. */
export function readStudyPrefs(storage: Storage): StudyPrefs {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STUDY_PREFS_KEY) ?? '{}');
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // A damaged value only loses a convenience: start from the default.
  }
  const classes = raw.classes;
  return {
    classes: Array.isArray(classes)
      ? CLASS_DIGITS.filter((d) => classes.includes(d))
      : [...DEFAULT_STUDY_PREFS.classes],
    unofficial:
      typeof raw.unofficial === 'boolean' ? raw.unofficial : DEFAULT_STUDY_PREFS.unofficial,
    mode: ANSWER_MODES.find((m) => m === raw.mode) ?? DEFAULT_STUDY_PREFS.mode,
  };
}

/** Remembers the Study choices; a full or blocked storage is ignored (they are only a convenience). */
export function saveStudyPrefs(storage: Storage, prefs: StudyPrefs): void {
  try {
    storage.setItem(STUDY_PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Not worth troubling the user about.
  }
}
