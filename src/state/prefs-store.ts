import { createStore, type StoreApi } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface PrefsState {
  theme: Theme;
  setTheme: (theme: Theme) => void;
}

export const PREFS_STORAGE_KEY = 'hst-prefs';
const PREFS_VERSION = 1;

function restorePrefs(raw: unknown): Pick<PrefsState, 'theme'> {
  const theme = (raw as { theme?: unknown } | null)?.theme;
  return { theme: THEMES.includes(theme as Theme) ? (theme as Theme) : 'system' };
}

/** Display preferences (theme), persisted to `storage` and validated on the way back. */
export function createPrefsStore(storage: Storage): StoreApi<PrefsState> {
  return createStore<PrefsState>()(
    persist(
      (set) => ({
        theme: 'system',
        setTheme: (theme) => set({ theme }),
      }),
      {
        name: PREFS_STORAGE_KEY,
        version: PREFS_VERSION,
        storage: createJSONStorage(() => storage),
        partialize: (s) => ({ theme: s.theme }),
        migrate: (persisted) => restorePrefs(persisted),
        merge: (persisted, current) => ({ ...current, ...restorePrefs(persisted) }),
      },
    ),
  );
}
