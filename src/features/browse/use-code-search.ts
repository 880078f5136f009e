import { useMemo } from 'react';
import { buildCodeSearchIndex, type CodeSearchIndex } from '../../domain/code-search';
import { CODES } from '../../domain/dataset';
import { useLocaleTexts } from '../../state/use-texts';

/**
 * The search index over every code in all three languages, so a reader of any script finds a code by
 * any language's name. It is built with the languages loaded so far and rebuilt as the others arrive.
 */
export function useCodeSearch(): CodeSearchIndex {
  const en = useLocaleTexts('en');
  const hans = useLocaleTexts('zh-Hans');
  const hant = useLocaleTexts('zh-Hant');
  return useMemo(
    () => buildCodeSearchIndex(CODES, { en, 'zh-Hans': hans, 'zh-Hant': hant }),
    [en, hans, hant],
  );
}
