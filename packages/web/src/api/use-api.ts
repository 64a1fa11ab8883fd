import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './http.js';

export type Loaded<T> = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'loaded'; data: T };

const asApiError = (error: unknown) =>
  error instanceof ApiError ? error : new ApiError(error instanceof Error ? error.message : String(error), 500);

/**
 * Loads `fetcher`'s answer whenever `key` changes (the URL state it depends on), with its loading and failed
 * states, and a `reload` for the retry button of an error.
 */
export function useApi<T>(key: string, fetcher: () => Promise<T>): Loaded<T> & { reload: () => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    fetcher().then(
      (data) => current && setLoaded({ state: 'loaded', data }),
      (error: unknown) => current && setLoaded({ state: 'failed', error: asApiError(error) }),
    );
    return () => {
      current = false;
    };
    // The key names everything the fetcher reads.
  }, [key, attempt]);
  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  return { ...loaded, reload };
}
