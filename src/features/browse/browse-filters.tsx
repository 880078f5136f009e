import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type LocaleTexts } from '../../domain/dataset-schema';
import {
  CLASS_DIGITS,
  CODE_STATUSES,
  type ClassDigit,
  type CodeStatus,
} from '../../domain/code-classes';
import type { BrowseQuery } from './use-browse-query';

interface BrowseFiltersProps {
  query: BrowseQuery;
  classes: LocaleTexts['classes'];
  onChange: (next: BrowseQuery, options?: { typing?: boolean }) => void;
  /** Called on every keystroke in the search box, before the state update (for timing marks). */
  onType?: () => void;
  /** Enter in the search box: open the best result. */
  onSubmit: () => void;
  /** The search box got focus: a search is likely, so the full texts may start loading. */
  onFocusSearch: () => void;
  /** The search box lost focus (e.g. the user clicks a result): the address must be up to date. */
  onBlurSearch: () => void;
}

/** The search box and the class and status filters of Browse, all labelled. */
export function BrowseFilters(props: BrowseFiltersProps) {
  const { query, classes, onChange, onType, onSubmit, onFocusSearch, onBlurSearch } = props;
  const { t } = useTranslation();
  const id = useId();
  return (
    <form
      className="browse-filters"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <div className="browse-filters__search">
        <label htmlFor={`${id}-q`}>{t('browse.searchLabel')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query.q}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          onFocus={onFocusSearch}
          onBlur={onBlurSearch}
          onChange={(e) => {
            onType?.();
            onChange({ ...query, q: e.target.value }, { typing: true });
          }}
        />
        <p id={`${id}-hint`} className="browse-filters__hint">
          {t('browse.searchHint')}
        </p>
      </div>
      <div className="browse-filters__row">
        <div className="field">
          <label htmlFor={`${id}-class`}>{t('browse.classFilter')}</label>
          <select
            id={`${id}-class`}
            value={query.classDigit ?? ''}
            onChange={(e) =>
              onChange({
                ...query,
                classDigit: e.target.value ? (Number(e.target.value) as ClassDigit) : undefined,
              })
            }
          >
            <option value="">{t('browse.allClasses')}</option>
            {CLASS_DIGITS.map((digit) => (
              <option key={digit} value={digit}>
                {t('browse.classHeading', {
                  digit,
                  name: classes[String(digit) as '1'].name,
                })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('browse.statusFilter')}</label>
          <select
            id={`${id}-status`}
            value={query.status ?? ''}
            onChange={(e) =>
              onChange({
                ...query,
                status: e.target.value ? (e.target.value as CodeStatus) : undefined,
              })
            }
          >
            <option value="">{t('browse.allStatuses')}</option>
            {CODE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`browse.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </form>
  );
}
