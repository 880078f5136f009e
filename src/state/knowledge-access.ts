import type { KnowledgeBase } from '../domain/card-kinds/question';

// The one thing the first load needs of the knowledge: whether it is here, and a way to ask for it.
// The store that loads it (knowledge-store.ts) comes with the first card, page or quiz that needs it.

let base: KnowledgeBase | undefined;
let job: Promise<KnowledgeBase | undefined> | undefined;
let loader: (() => Promise<KnowledgeBase | undefined>) | undefined;

/** Says how the knowledge loads (src/app/lazy-kinds.ts: through the lazily loaded knowledge store). */
export function provideKnowledge(load: () => Promise<KnowledgeBase | undefined>): void {
  loader = load;
}

/** Every code's facts if they have loaded, else undefined. */
export function knowledgeNow(): KnowledgeBase | undefined {
  return base;
}

/** Loads the facts once; undefined when the download failed (a later call tries again). */
export function loadKnowledge(): Promise<KnowledgeBase | undefined> {
  if (base) return Promise.resolve(base);
  if (!loader) return Promise.resolve(undefined);
  job ??= loader().then(
    (loaded) => {
      base = loaded;
      if (!loaded) job = undefined;
      return loaded;
    },
    () => {
      job = undefined;
      return undefined;
    },
  );
  return job;
}
