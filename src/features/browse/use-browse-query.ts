import { useCallback, useState } from 'react';
import {
  CLASS_DIGITS,
  CODE_STATUSES,
  type ClassDigit,
  type CodeStatus,
} from '../../domain/dataset-schema';
import { useRouter } from '../../ui/router';

/** What Browse shows: the search text and the two filters, mirrored in the address (/browse?q=41&class=4). */
export interface BrowseQuery {
  q: string;
  classDigit: ClassDigit | undefined;
  status: CodeStatus | undefined;
}

/** Reads a Browse query from a URL search string; unknown values are ignored. */
export function parseBrowseQuery(search: string): BrowseQuery {
  const params = new URLSearchParams(search);
  const cls = Number(params.get('class'));
  const status = params.get('status');
  return {
    q: params.get('q') ?? '',
    classDigit: (CLASS_DIGITS as readonly number[]).includes(cls) ? (cls as ClassDigit) : undefined,
    status: (CODE_STATUSES as readonly string[]).includes(status ?? '')
      ? (status as CodeStatus)
      : undefined,
  };
}

/** The app path of a Browse query ("/browse" when nothing is set). */
export function browsePath(query: BrowseQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.classDigit) params.set('class', String(query.classDigit));
  if (query.status) params.set('status', query.status);
  const search = params.toString();
  return search ? `/browse?${search}` : '/browse';
}

/** Browse's query as state, starting from the address and written back to it (replace, not push). */
export function useBrowseQuery(): [BrowseQuery, (next: BrowseQuery) => void] {
  const router = useRouter();
  const [query, setQuery] = useState(() => parseBrowseQuery(window.location.search));
  const update = useCallback(
    (next: BrowseQuery) => {
      setQuery(next);
      router.navigate(browsePath(next), { replace: true });
    },
    [router],
  );
  return [query, update];
}
