import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CODES, findCode } from '../../domain/dataset';
import type { CodeFacts } from '../../domain/dataset-schema';
import { useClassTexts, useCodeNames, useLanguage } from '../../state/use-texts';
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
  const names = useCodeNames();
  const classes = useClassTexts();
  const router = useRouter();
  const masteryOf = useMasteryOf();
  const { query, update: setQuery, flush: flushAddress } = useBrowseQuery();
  const searching = query.q.trim() !== '';
  const [searchFocused, setSearchFocused] = useState(false);
  const index = useCodeSearch(searching || searchFocused);

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
      {!names || !classes ? (
        <p className="empty-state">{t('browse.loading')}</p>
      ) : (
        <>
          <BrowseFilters
            query={query}
            classes={classes}
            onChange={setQuery}
            onFocusSearch={() => setSearchFocused(true)}
            onBlurSearch={flushAddress}
            onType={markKeystroke}
            onSubmit={() => {
              const best = results[0];
              if (!searching || !best) return;
              flushAddress(); // so that Back returns to these results
              router.navigate(`/browse/${best.code}`);
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
              names={names}
              classes={classes}
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
