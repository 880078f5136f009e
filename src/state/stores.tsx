import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppEnv } from './app-env';
import { createContentStore, type ContentState, type LocaleLoader } from './content-store';
import { createPrefsStore, type PrefsState } from './prefs-store';
import { createProgressStore, type ProgressState } from './progress-store';
import { createStudySessionStore, type StudySessionState } from './study-session-store';

/** Every store of the app, created together so that a test gets a fresh, isolated set. */
export interface AppStores {
  env: AppEnv;
  prefs: ReturnType<typeof createPrefsStore>;
  content: ReturnType<typeof createContentStore>;
  progress: ReturnType<typeof createProgressStore>;
  /** The study session in progress (it outlives the Study screen). */
  session: ReturnType<typeof createStudySessionStore>;
}

/** Creates the app's stores over the given storage and clock. */
export function createAppStores(env: AppEnv, loadTexts?: LocaleLoader): AppStores {
  const progress = createProgressStore(env);
  return {
    env,
    prefs: createPrefsStore(env.storage),
    content: createContentStore(loadTexts),
    progress,
    session: createStudySessionStore(env, progress),
  };
}

const StoresContext = createContext<AppStores | null>(null);

export function StoresProvider({ stores, children }: { stores: AppStores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

/** The stores provided above; throws when missing so a test without the render helper fails loudly. */
export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores needs a <StoresProvider>');
  return stores;
}

export function usePrefs<T>(selector: (state: PrefsState) => T): T {
  return useStore(useStores().prefs, selector);
}

export function useContent<T>(selector: (state: ContentState) => T): T {
  return useStore(useStores().content, selector);
}

export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useStore(useStores().progress, selector);
}

export function useSession<T>(selector: (state: StudySessionState) => T): T {
  return useStore(useStores().session, selector);
}
