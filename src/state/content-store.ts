import { TEXT_GROUPS, TEXT_LOADERS } from 'virtual:locale-texts';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClassText, CodeText, LocaleTexts } from '../domain/dataset-schema';
import type { Language } from '../domain/language';
import { groupOfClass, groupOfCode } from '../domain/text-groups';

/** Loads one text group of one language: the texts of the group's codes and of their class. */
export type LocaleLoader = (lang: Language, group: number) => Promise<LocaleTexts>;

export interface ContentState {
  /** A language's complete dataset texts, present once every group of it has loaded. */
  texts: Partial<Record<Language, LocaleTexts>>;
  /** What has loaded so far, per language: a code's (or class's) texts are here once its group is. */
  parts: Partial<Record<Language, LocaleTexts>>;
  /** Languages of which a group failed to load (a later load retries it). */
  failed: Partial<Record<Language, true>>;
  /** Loads every group of one language once; later calls reuse the first load. */
  load: (lang: Language) => Promise<LocaleTexts | undefined>;
  /** Loads only the group holding `code`; undefined for a code the dataset lacks or on failure. */
  loadCode: (lang: Language, code: number) => Promise<CodeText | undefined>;
  /** Loads only the first group of class `digit`, which carries the class's name and summary. */
  loadClass: (lang: Language, digit: number) => Promise<ClassText | undefined>;
  /** Resolves once no group is loading any more (what the screen asked for first has arrived). */
  settled: () => Promise<void>;
}

/**
 * Loads a language's texts group by group, each its own chunk written at build time from
 * data/locales/<lang>.json (src/state/build/locale-text-chunks.ts), so a user downloads only the
 * language they read, and the first card only its own group.
 */
export const loadTextGroup: LocaleLoader = async (lang, group) => {
  const load = TEXT_LOADERS[lang]?.[group];
  if (!load) throw new Error(`No dataset texts for ${lang}, group ${group}`);
  return (await load()).default as LocaleTexts;
};

const emptyTexts = (): LocaleTexts => ({ classes: {} as LocaleTexts['classes'], codes: {} });

/** The dataset texts per language, loaded on demand one group at a time. */
export function createContentStore(
  loader: LocaleLoader = loadTextGroup,
  groups: readonly (readonly number[])[] = TEXT_GROUPS,
): StoreApi<ContentState> {
  const pending = new Map<string, Promise<boolean>>();
  const done = new Set<string>();
  const whole = new Map<Language, Promise<LocaleTexts | undefined>>();

  return createStore<ContentState>()((set, get) => {
    /** Loads one group once; resolves false when it failed (and may be retried). */
    function loadGroup(lang: Language, group: number): Promise<boolean> {
      const key = `${lang}:${group}`;
      if (done.has(key)) return Promise.resolve(true);
      let job = pending.get(key);
      if (!job) {
        job = loader(lang, group).then(
          (part) => {
            done.add(key);
            pending.delete(key);
            set((s) => {
              const before = s.parts[lang] ?? emptyTexts();
              const merged: LocaleTexts = {
                classes: { ...before.classes, ...part.classes },
                codes: { ...before.codes, ...part.codes },
              };
              const complete = groups.every((_, i) => done.has(`${lang}:${i}`));
              return {
                parts: { ...s.parts, [lang]: merged },
                ...(complete ? { texts: { ...s.texts, [lang]: merged } } : {}),
              };
            });
            return true;
          },
          () => {
            pending.delete(key);
            set((s) => ({ failed: { ...s.failed, [lang]: true } }));
            return false;
          },
        );
        pending.set(key, job);
      }
      return job;
    }

    return {
      texts: {},
      parts: {},
      failed: {},
      load(lang) {
        const ready = get().texts[lang];
        if (ready) return Promise.resolve(ready);
        let job = whole.get(lang);
        if (!job) {
          job = Promise.all(groups.map((_, i) => loadGroup(lang, i))).then((ok) => {
            whole.delete(lang);
            if (ok.includes(false)) return undefined;
            set((s) => {
              const failed = { ...s.failed };
              delete failed[lang];
              return { failed };
            });
            return get().texts[lang];
          });
          whole.set(lang, job);
        }
        return job;
      },
      async loadCode(lang, code) {
        const group = groupOfCode(groups, code);
        if (group < 0) return undefined;
        await loadGroup(lang, group);
        return get().parts[lang]?.codes[String(code)];
      },
      async loadClass(lang, digit) {
        const group = groupOfClass(groups, digit);
        if (group < 0) return undefined;
        await loadGroup(lang, group);
        return get().parts[lang]?.classes[String(digit) as keyof LocaleTexts['classes']];
      },
      async settled() {
        while (pending.size > 0) await Promise.all(pending.values());
      },
    };
  });
}
