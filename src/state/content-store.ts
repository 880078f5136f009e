import { TEXT_GROUPS, TEXT_LOADERS } from 'virtual:locale-texts';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClassText, CodeText, LocaleTexts } from '../domain/dataset-schema';
import type { Language } from '../domain/language';
import { groupOfCode } from '../domain/text-groups';

/** What every screen may show of a language at once: class names and summaries, and each code's name. */
export interface LocaleCore {
  classes: LocaleTexts['classes'];
  /** Code (as a string) → its name in the language. */
  names: Record<string, string>;
  /** Code (as a string) → who defined or uses it, for the codes that name an origin (unofficial ones). */
  origins: Record<string, string>;
}

/** Code (as a string) → the words people search it by, in one language. */
export type LocaleAliases = Record<string, readonly string[]>;

/** Loads a language's core, its search aliases, or one text group (the full texts of the group's codes). */
export interface LocaleLoader {
  core: (lang: Language) => Promise<LocaleCore>;
  aliases: (lang: Language) => Promise<LocaleAliases>;
  group: (lang: Language, group: number) => Promise<Record<string, CodeText>>;
}

export interface ContentState {
  /** A language's complete dataset texts, present once its core and every group have loaded. */
  texts: Partial<Record<Language, LocaleTexts>>;
  /** A language's core (class texts, code names), present once loaded. */
  core: Partial<Record<Language, LocaleCore>>;
  /** Full code texts loaded so far, per language: a code is here once its group is. */
  codes: Partial<Record<Language, Record<string, CodeText>>>;
  /** Search aliases per language, present once loaded (only search asks for them). */
  aliases: Partial<Record<Language, LocaleAliases>>;
  /** Languages of which a part failed to load (a later load retries it). */
  failed: Partial<Record<Language, true>>;
  /** Loads all of one language once (core and every group); later calls reuse the first load. */
  load: (lang: Language) => Promise<LocaleTexts | undefined>;
  /** Loads a language's core only; undefined on failure. */
  loadCore: (lang: Language) => Promise<LocaleCore | undefined>;
  /** Loads a language's search aliases only; undefined on failure. */
  loadAliases: (lang: Language) => Promise<LocaleAliases | undefined>;
  /** Loads only the group holding `code`; undefined for a code the dataset lacks or on failure. */
  loadCode: (lang: Language, code: number) => Promise<CodeText | undefined>;
  /** Loads the core, which carries every class's name and summary. */
  loadClass: (lang: Language, digit: number) => Promise<ClassText | undefined>;
  /** Resolves once nothing is loading any more (what the screen asked for first has arrived). */
  settled: () => Promise<void>;
}

/**
 * Loads a language's texts part by part, each its own chunk written at build time from
 * data/locales/<lang>.json (src/state/build/locale-text-chunks.ts), so a user downloads only the
 * language they read, and the first card only the core and its own group.
 */
export const chunkLoader: LocaleLoader = {
  async core(lang) {
    const load = TEXT_LOADERS[lang]?.core;
    if (!load) throw new Error(`No dataset texts for ${lang}`);
    return (await load()).default as LocaleCore;
  },
  async aliases(lang) {
    const load = TEXT_LOADERS[lang]?.aliases;
    if (!load) throw new Error(`No search aliases for ${lang}`);
    return (await load()).default as LocaleAliases;
  },
  async group(lang, group) {
    const load = TEXT_LOADERS[lang]?.groups[group];
    if (!load) throw new Error(`No dataset texts for ${lang}, group ${group}`);
    // A group's chunk leaves out the names and origins, which the core (loaded at start) carries once.
    const [{ default: texts }, core] = await Promise.all([load(), chunkLoader.core(lang)]);
    const codes: Record<string, CodeText> = {};
    for (const [code, text] of Object.entries(texts as Record<string, Omit<CodeText, 'name'>>)) {
      const name = core.names[code];
      if (name === undefined) throw new Error(`No name for ${code} in the ${lang} core`);
      const origin = core.origins[code];
      codes[code] = { name, ...text, ...(origin === undefined ? {} : { origin }) };
    }
    return codes;
  },
};

/** The dataset texts per language, loaded on demand one part at a time. */
export function createContentStore(
  loader: LocaleLoader = chunkLoader,
  groups: readonly (readonly number[])[] = TEXT_GROUPS,
): StoreApi<ContentState> {
  const pending = new Map<string, Promise<boolean>>();
  const done = new Set<string>();
  const whole = new Map<Language, Promise<LocaleTexts | undefined>>();
  const parts = ['core', ...groups.map((_, i) => String(i))];

  return createStore<ContentState>()((set, get) => {
    /** Completes texts[lang] once every part of it is in. */
    const completed = (s: ContentState, lang: Language): Partial<ContentState> => {
      const core = s.core[lang];
      const codes = s.codes[lang];
      if (!core || !codes || !parts.every((p) => done.has(`${lang}:${p}`))) return {};
      return { texts: { ...s.texts, [lang]: { classes: core.classes, codes } } };
    };

    /** Loads one part ('core', 'aliases' or a group number) once; resolves false when it failed (retry later). */
    function loadPart(lang: Language, part: string): Promise<boolean> {
      const key = `${lang}:${part}`;
      if (done.has(key)) return Promise.resolve(true);
      let job = pending.get(key);
      if (!job) {
        const request =
          part === 'core'
            ? loader.core(lang).then((core) => (s: ContentState) => ({
                core: { ...s.core, [lang]: core },
              }))
            : part === 'aliases'
              ? loader.aliases(lang).then((aliases) => (s: ContentState) => ({
                  aliases: { ...s.aliases, [lang]: aliases },
                }))
              : loader.group(lang, Number(part)).then((codes) => (s: ContentState) => ({
                  codes: { ...s.codes, [lang]: { ...s.codes[lang], ...codes } },
                }));
        job = request.then(
          (update) => {
            done.add(key);
            pending.delete(key);
            set((s) => {
              const patch = update(s);
              return { ...patch, ...completed({ ...s, ...patch }, lang) };
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
      core: {},
      codes: {},
      aliases: {},
      failed: {},
      load(lang) {
        const ready = get().texts[lang];
        if (ready) return Promise.resolve(ready);
        let job = whole.get(lang);
        if (!job) {
          job = Promise.all(parts.map((p) => loadPart(lang, p))).then((ok) => {
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
      async loadCore(lang) {
        await loadPart(lang, 'core');
        return get().core[lang];
      },
      async loadAliases(lang) {
        await loadPart(lang, 'aliases');
        return get().aliases[lang];
      },
      async loadCode(lang, code) {
        const group = groupOfCode(groups, code);
        if (group < 0) return undefined;
        await loadPart(lang, String(group));
        return get().codes[lang]?.[String(code)];
      },
      async loadClass(lang, digit) {
        await loadPart(lang, 'core');
        return get().core[lang]?.classes[String(digit) as keyof LocaleTexts['classes']];
      },
      async settled() {
        while (pending.size > 0) await Promise.all(pending.values());
      },
    };
  });
}
