import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../api/http.js';
import { readIssueCounts, readIssuePage, type Issue, type IssueFacets, type IssueFilter } from '../../api/issues.js';
import { asApiError } from '../../components/errors.js';

/** The first page is small, for the first rows to show soon; later pages are larger, for fewer requests. */
const FIRST_PAGE = 100;
const NEXT_PAGE = 400;

export interface IssueList {
  state: 'loading' | 'failed' | 'loaded';
  error: ApiError | null;
  issues: Issue[];
  total: number;
  facets: IssueFacets | null;
  /** Whether a page after the loaded ones exists. */
  hasMore: boolean;
  /** The next page failed: the rows loaded stay, with a retry. */
  moreError: ApiError | null;
  loadMore(): void;
  reload(): void;
  /** Shows an issue's new status at once, and counts the facets again. */
  changeIssue(id: number, changes: Partial<Issue>): void;
}

/**
 * The analysis's issues that the filter keeps, loaded page after page along keyset cursors as the list asks for more
 * (`loadMore`); starts again whenever the analysis or the filter changes.
 */
export function useIssueList(analysisId: number, filter: IssueFilter, key: string): IssueList {
  const [state, setState] = useState<IssueList['state']>('loading');
  const [error, setError] = useState<ApiError | null>(null);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [total, setTotal] = useState(0);
  const [facets, setFacets] = useState<IssueFacets | null>(null);
  const [attempt, setAttempt] = useState(0);
  const next = useRef<string | null>(null);
  const loading = useRef(false);
  // Each (re)start is a generation: an answer of an older one is dropped.
  const generation = useRef(0);

  useEffect(() => {
    const current = ++generation.current;
    setState('loading');
    setIssues([]);
    setMoreError(null);
    loading.current = true;
    readIssuePage(analysisId, filter, null, FIRST_PAGE).then(
      (page) => {
        if (current !== generation.current) return;
        next.current = page.next;
        setIssues(page.issues);
        setTotal(page.total ?? page.issues.length);
        setFacets(page.facets ?? null);
        setState('loaded');
        loading.current = false;
      },
      (failure: unknown) => {
        if (current !== generation.current) return;
        setError(asApiError(failure));
        setState('failed');
        loading.current = false;
      },
    );
    // The key names the analysis and the filter.
  }, [key, attempt]);

  const loadMore = useCallback(() => {
    const after = next.current;
    if (loading.current || after === null) return;
    const current = generation.current;
    loading.current = true;
    setMoreError(null);
    readIssuePage(analysisId, filter, after, NEXT_PAGE).then(
      (page) => {
        if (current !== generation.current) return;
        next.current = page.next;
        setIssues((loaded) => loaded.concat(page.issues));
        loading.current = false;
      },
      (failure: unknown) => {
        if (current !== generation.current) return;
        setMoreError(asApiError(failure));
        loading.current = false;
      },
    );
  }, [key]);

  const changeIssue = useCallback(
    (id: number, changes: Partial<Issue>) => {
      setIssues((loaded) => loaded.map((issue) => (issue.id === id ? { ...issue, ...changes } : issue)));
      const current = generation.current;
      readIssueCounts(analysisId, filter).then(
        (counts) => {
          if (current !== generation.current) return;
          setTotal(counts.total);
          setFacets(counts.facets);
        },
        // The row shows its new status already; the counts are corrected on the next load.
        () => undefined,
      );
    },
    [key],
  );

  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  return {
    state,
    error,
    issues,
    total,
    facets,
    hasMore: state === 'loaded' && next.current !== null,
    moreError,
    loadMore,
    reload,
    changeIssue,
  };
}
