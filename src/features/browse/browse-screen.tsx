import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CODES, findCode } from '../../domain/dataset';
import type { CodeFacts } from '../../domain/dataset-schema';
import { useLanguage, useLocaleTexts } from '../../state/use-texts';
import { useRouter } from '../../ui/router';
import { Screen } from '../../ui/screen';
import { BrowseFilters } from './browse-filters';
import { CodeList } from './code-list';
import { useBrowseQuery } from './use-browse-query';
import { useCodeSearch } from './use-code-search';
import { useMasteryOf } from './use-mastery';
import { useSearchTiming } from './use-search-timing';
import './browse.css';

/** The reference: every code grouped by class, or ranked search results, with filters by class and status. */
export function BrowseScreen() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const texts = useLocaleTexts();
  const router = useRouter();
  const index = useCodeSearch();
  const masteryOf = useMasteryOf();
  const [query, setQuery] = useBrowseQuery();
  const searching = query.q.trim() !== '';

  const results = useMemo(() => {
    const found: CodeFacts[] = searching
      ? index.search(query.q).flatMap((hit) => findCode(hit.code) ?? [])
      : [...CODES];
    return found.filter(
      (c) =>
        (!query.classDigit || c.class === query.classDigit) &&
        (!query.status || c.status === query.status),
    );
  }, [index, query, searching]);
  const markKeystroke = useSearchTiming(results);

  const filtered = searching || query.classDigit !== undefined || query.status !== undefined;

  return (
    <Screen title={t('browse.title')}>
      {!texts ? (
        <p className="empty-state">{t('browse.loading')}</p>
      ) : (
        <>
          <BrowseFilters
            query={query}
            texts={texts}
            onChange={setQuery}
            onType={markKeystroke}
            onSubmit={() => {
              const best = results[0];
              if (searching && best) router.navigate(`/browse/${best.code}`);
            }}
          />
          <div className="browse-count">
            <p role="status">{t('browse.results', { count: results.length })}</p>
            {filtered && (
              <button
                type="button"
                className="link-button"
                onClick={() => setQuery({ q: '', classDigit: undefined, status: undefined })}
              >
                {t('browse.clear')}
              </button>
            )}
          </div>
          {results.length === 0 ? (
            <p className="empty-state">{t('browse.noResults')}</p>
          ) : (
            <CodeList
              codes={results}
              texts={texts}
              lang={lang}
              masteryOf={masteryOf}
              grouped={!searching}
            />
          )}
        </>
      )}
    </Screen>
  );
}
