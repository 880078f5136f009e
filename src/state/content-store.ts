import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LocaleTexts } from '../domain/dataset-schema';
import type { Language } from '../domain/language';

export type LocaleLoader = (lang: Language) => Promise<LocaleTexts>;

export interface ContentState {
  texts: Partial<Record<Language, LocaleTexts>>;
  failed: Partial<Record<Language, true>>;
  /** Loads one language's dataset texts once; later calls reuse the first load. */
  load: (lang: Language) => Promise<LocaleTexts | undefined>;
}

const chunks = import.meta.glob<LocaleTexts>('../../data/locales/*.json', { import: 'default' });

/** Loads a language's dataset texts as its own chunk, so a user downloads only the language they read. */
export const loadLocaleChunk: LocaleLoader = async (lang) => {
  const load = chunks[`../../data/locales/${lang}.json`];
  if (!load) throw new Error(`No dataset texts for ${lang}`);
  return load();
};

/** The dataset texts per language, loaded on demand. */
export function createContentStore(loader: LocaleLoader = loadLocaleChunk): StoreApi<ContentState> {
  const pending = new Map<Language, Promise<LocaleTexts | undefined>>();
  return createStore<ContentState>()((set, get) => ({
    texts: {},
    failed: {},
    load(lang) {
      const ready = get().texts[lang];
      if (ready) return Promise.resolve(ready);
      let job = pending.get(lang);
      if (!job) {
        job = loader(lang).then(
          (texts) => {
            set((s) => ({ texts: { ...s.texts, [lang]: texts } }));
            return texts;
          },
          () => {
            pending.delete(lang);
            set((s) => ({ failed: { ...s.failed, [lang]: true } }));
            return undefined;
          },
        );
        pending.set(lang, job);
      }
      return job;
    },
  }));
}
