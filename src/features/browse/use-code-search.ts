import { useEffect, useMemo } from 'react';
import { buildCodeSearchIndex, type CodeSearchIndex } from '../../domain/code-search';
import { CODES } from '../../domain/dataset';
import { LANGUAGES } from '../../domain/language';
import { useContent, useStores } from '../../state/stores';

/**
 * The search index over every code in all three languages, so a reader of any script finds a code by
 * any language's name. Names come from each language's small core chunk at once; the full texts
 * (summaries, details) of all three load only once `wantFullText` (the user is searching), and the
 * index is rebuilt as each arrives.
 */
export function useCodeSearch(wantFullText: boolean): CodeSearchIndex {
  const { content } = useStores();
  const core = useContent((s) => s.core);
  const full = useContent((s) => s.texts);

  useEffect(() => {
    for (const lang of LANGUAGES) if (!core[lang]) void content.getState().loadCore(lang);
  }, [content, core]);
  useEffect(() => {
    if (!wantFullText) return;
    for (const lang of LANGUAGES) if (!full[lang]) void content.getState().load(lang);
  }, [content, full, wantFullText]);

  return useMemo(
    () =>
      buildCodeSearchIndex(
        CODES,
        LANGUAGES.map((lang) => ({ names: core[lang]?.names, codes: full[lang]?.codes })),
      ),
    [core, full],
  );
}
