import { useCallback, useEffect, useRef, useState } from 'react';
import {
  CLASS_DIGITS,
  CODE_STATUSES,
  type ClassDigit,
  type CodeStatus,
} from '../../domain/code-classes';
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

/** How long typing must pause before the address follows the search box. */
const URL_DELAY_MS = 400;

export interface BrowseQueryState {
  query: BrowseQuery;
  /** Sets the query; the address follows at once, or after a pause in typing when `typing`. */
  update: (next: BrowseQuery, options?: { typing?: boolean }) => void;
  /** Writes a pending address now (before leaving the screen or the search box). */
  flush: () => void;
}

/**
 * Browse's query as state, starting from the address and written back to it (replace, not push).
 * Keystrokes update the address only after a pause: replaceState costs milliseconds per call, and
 * Chromium ignores history calls made faster than about 200 per 10 seconds.
 */
export function useBrowseQuery(): BrowseQueryState {
  const router = useRouter();
  const [query, setQuery] = useState(() => parseBrowseQuery(window.location.search));
  const pending = useRef<{ path: string; timer: ReturnType<typeof setTimeout> } | null>(null);

  const flush = useCallback(() => {
    const job = pending.current;
    if (!job) return;
    clearTimeout(job.timer);
    pending.current = null;
    router.navigate(job.path, { replace: true });
  }, [router]);

  const update = useCallback(
    (next: BrowseQuery, options?: { typing?: boolean }) => {
      setQuery(next);
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      const path = browsePath(next);
      if (options?.typing) pending.current = { path, timer: setTimeout(flush, URL_DELAY_MS) };
      else router.navigate(path, { replace: true });
    },
    [router, flush],
  );

  // Leaving the screen drops a pending write: the address already belongs to the next screen.
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current.timer);
    },
    [],
  );

  return { query, update, flush };
}
