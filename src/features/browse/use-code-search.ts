import { useEffect, useMemo } from 'react';
import { buildCodeSearchIndex, type CodeSearchIndex } from '../../domain/code-search';
import { CODES } from '../../domain/dataset';
import { ESSENTIAL_CODES } from '../../domain/introduction-order';
import { LANGUAGES } from '../../domain/language';
import { useContent, useStores } from '../../state/stores';

/**
 * The search index over every code in all three languages, so a reader of any script finds a code by
 * any language's name. Names and class names come from each language's small core chunk at once; the
 * full texts (summaries, details) and the search aliases of all three load only once `wantFullText`
 * (the user is searching), and the index is rebuilt as each arrives. Essential codes rank first among equal hits.
 */
export function useCodeSearch(wantFullText: boolean): CodeSearchIndex {
  const { content } = useStores();
  const core = useContent((s) => s.core);
  const full = useContent((s) => s.texts);
  const aliases = useContent((s) => s.aliases);

  useEffect(() => {
    for (const lang of LANGUAGES) if (!core[lang]) void content.getState().loadCore(lang);
  }, [content, core]);
  useEffect(() => {
    if (!wantFullText) return;
    for (const lang of LANGUAGES) {
      if (!full[lang]) void content.getState().load(lang);
      if (!aliases[lang]) void content.getState().loadAliases(lang);
    }
  }, [content, full, aliases, wantFullText]);

  return useMemo(
    () =>
      buildCodeSearchIndex(
        CODES,
        LANGUAGES.map((lang) => ({
          names: core[lang]?.names,
          classes: core[lang]?.classes,
          codes: full[lang]?.codes,
          aliases: aliases[lang],
        })),
        { essentials: ESSENTIAL_CODES },
      ),
    [core, full, aliases],
  );
}
