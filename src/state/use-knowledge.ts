import { useEffect } from 'react';
import type { KnowledgeBase } from '../domain/card-kinds/question';
import type { KnowledgeTexts } from '../domain/knowledge-model';
import { useStore } from 'zustand';
import { knowledgeStore, type KnowledgeState } from './knowledge-store';
import { useLanguage } from './use-texts';

function useKnowledge<T>(selector: (state: KnowledgeState) => T): T {
  return useStore(knowledgeStore(), selector);
}

/** Every code's facts (loading them the first time); undefined while they load or if they failed. */
export function useKnowledgeBase(): KnowledgeBase | undefined {
  const knowledge = knowledgeStore();
  const base = useKnowledge((s) => s.base);
  useEffect(() => {
    if (!base) void knowledge.getState().loadBase();
  }, [knowledge, base]);
  return base;
}

/**
 * One code's knowledge texts in the current language: undefined while loading, null when the code has
 * no knowledge (yet: other engineers fill it code by code).
 */
export function useKnowledgeTexts(code: number): KnowledgeTexts | null | undefined {
  const lang = useLanguage();
  const knowledge = knowledgeStore();
  const loaded = useKnowledge((s) => s.loaded[lang]?.includes(code) ?? false);
  const texts = useKnowledge((s) => s.texts[lang]?.[String(code)]);
  useEffect(() => {
    if (!loaded) void knowledge.getState().loadTexts(lang, code);
  }, [knowledge, loaded, lang, code]);
  if (texts) return texts;
  return loaded ? null : undefined;
}
