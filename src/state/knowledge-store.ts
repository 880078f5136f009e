import type * as KnowledgeChunksModule from 'virtual:knowledge';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { KnowledgeBase } from '../domain/card-kinds/question';
import type { HeaderEntry, KnowledgeFacts, KnowledgeTexts } from '../domain/knowledge-model';
import type { Language } from '../domain/language';

type KnowledgeChunks = typeof KnowledgeChunksModule;
let chunksLoader: (() => Promise<KnowledgeChunks>) | undefined;
let examplesLoader: (() => Promise<{ default: Record<string, string> }>) | undefined;

/**
 * Says how the knowledge's chunks load (`import('virtual:knowledge')`, `import('virtual:code-examples')`),
 * once, from the app shell (src/app/lazy-kinds.ts): the imports live in the entry, so that the bundler
 * keeps what they share with the first load (its preload helper) in it.
 */
export function provideKnowledgeChunks(
  chunks: () => Promise<KnowledgeChunks>,
  examples: () => Promise<{ default: Record<string, string> }>,
): void {
  chunksLoader = chunks;
  examplesLoader = examples;
}

const chunks = () =>
  chunksLoader
    ? chunksLoader()
    : Promise.reject(new Error('The knowledge chunks were not provided (src/app/lazy-kinds.ts)'));

/** Loads the knowledge: every code's facts with the registry and examples, or one text group of a language. */
export interface KnowledgeLoader {
  base: () => Promise<KnowledgeBase>;
  texts: (lang: Language, code: number) => Promise<Record<string, KnowledgeTexts>>;
}

/** The build's chunks (src/state/build/knowledge-chunks.ts), with the examples' own chunk. */
export const knowledgeChunkLoader: KnowledgeLoader = {
  async base() {
    const [{ default: data }, { default: examples }] = await Promise.all([
      chunks().then((m) => m.loadFacts()),
      examplesLoader
        ? examplesLoader()
        : Promise.reject(new Error('The examples were not provided (src/app/lazy-kinds.ts)')),
    ]);
    const facts = data.facts as KnowledgeFacts[];
    return {
      facts: new Map(facts.map((f) => [f.code, f])),
      headers: new Map((data.headers as HeaderEntry[]).map((h) => [h.name.toLowerCase(), h])),
      examples: new Map(Object.entries(examples).map(([code, text]) => [Number(code), text])),
    };
  },
  async texts(lang, code) {
    const { TEXT_GROUPS, TEXT_LOADERS } = await chunks();
    // (The group's index, as text-groups.ts's groupOfCode finds it: imported, it would split a chunk.)
    const load = TEXT_LOADERS[lang]?.[TEXT_GROUPS.findIndex((g) => g.includes(code))];
    // A group without knowledge has no chunk: nothing to load.
    if (!load) return {};
    return (await load()).default as Record<string, KnowledgeTexts>;
  },
};

export interface KnowledgeState {
  /** Every code's facts, once loaded. */
  base: KnowledgeBase | undefined;
  /** Texts per language, by code, for the groups loaded so far. */
  texts: Partial<Record<Language, Record<string, KnowledgeTexts>>>;
  /** Codes whose texts were asked for and have arrived, per language (with or without knowledge). */
  loaded: Partial<Record<Language, readonly number[]>>;
  /** True once a load failed (a later call retries). */
  failed: boolean;
  /** Loads the facts once; undefined when the download failed. */
  loadBase: () => Promise<KnowledgeBase | undefined>;
  /** Loads the texts of a code's group in a language once. */
  loadTexts: (lang: Language, code: number) => Promise<void>;
}

let instance: StoreApi<KnowledgeState> | undefined;

/**
 * The app's knowledge store: one for the page (the knowledge is the same data for every learner and
 * test), created when this module first loads, with the first card, page or quiz that needs it.
 */
export function knowledgeStore(): StoreApi<KnowledgeState> {
  instance ??= createKnowledgeStore();
  return instance;
}

/** The knowledge of issue 15, loaded when first needed. */
export function createKnowledgeStore(
  loader: KnowledgeLoader = knowledgeChunkLoader,
): StoreApi<KnowledgeState> {
  let baseJob: Promise<KnowledgeBase | undefined> | undefined;
  const textJobs = new Map<string, Promise<void>>();
  return createStore<KnowledgeState>()((set, get) => ({
    base: undefined,
    texts: {},
    loaded: {},
    failed: false,
    loadBase() {
      const ready = get().base;
      if (ready) return Promise.resolve(ready);
      baseJob ??= loader.base().then(
        (base) => {
          set({ base, failed: false });
          return base;
        },
        () => {
          baseJob = undefined;
          set({ failed: true });
          return undefined;
        },
      );
      return baseJob;
    },
    loadTexts(lang, code) {
      const key = `${lang}:${code}`;
      let job = textJobs.get(key);
      if (!job) {
        job = loader.texts(lang, code).then(
          (texts) =>
            set((s) => ({
              texts: { ...s.texts, [lang]: { ...s.texts[lang], ...texts } },
              loaded: { ...s.loaded, [lang]: [...(s.loaded[lang] ?? []), code] },
              failed: false,
            })),
          () => {
            textJobs.delete(key);
            set({ failed: true });
          },
        );
        textJobs.set(key, job);
      }
      return job;
    },
  }));
}
