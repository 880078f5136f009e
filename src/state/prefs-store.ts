import { createStore, type StoreApi } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Whether a card's back shows everything or keeps the details behind "More" ("auto": by screen width). */
export const LESSON_DETAILS = ['auto', 'open', 'closed'] as const;
export type LessonDetails = (typeof LESSON_DETAILS)[number];

export interface PrefsState {
  theme: Theme;
  lessonDetails: LessonDetails;
  setTheme: (theme: Theme) => void;
  setLessonDetails: (lessonDetails: LessonDetails) => void;
}

export const PREFS_STORAGE_KEY = 'hst-prefs';
const PREFS_VERSION = 1;

type StoredPrefs = Pick<PrefsState, 'theme' | 'lessonDetails'>;

function restorePrefs(raw: unknown): StoredPrefs {
  const r = (raw ?? {}) as { theme?: unknown; lessonDetails?: unknown };
  return {
    theme: THEMES.includes(r.theme as Theme) ? (r.theme as Theme) : 'system',
    lessonDetails: LESSON_DETAILS.includes(r.lessonDetails as LessonDetails)
      ? (r.lessonDetails as LessonDetails)
      : 'auto',
  };
}

/** Display preferences (theme, lesson details), persisted to `storage` and validated on the way back. */
export function createPrefsStore(storage: Storage): StoreApi<PrefsState> {
  return createStore<PrefsState>()(
    persist(
      (set) => ({
        theme: 'system',
        lessonDetails: 'auto',
        setTheme: (theme) => set({ theme }),
        setLessonDetails: (lessonDetails) => set({ lessonDetails }),
      }),
      {
        name: PREFS_STORAGE_KEY,
        version: PREFS_VERSION,
        storage: createJSONStorage(() => storage),
        partialize: (s): StoredPrefs => ({ theme: s.theme, lessonDetails: s.lessonDetails }),
        migrate: (persisted) => restorePrefs(persisted),
        merge: (persisted, current) => ({ ...current, ...restorePrefs(persisted) }),
      },
    ),
  );
}
