import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../api/http.js';
import { asApiError } from '../../components/errors.js';

/** How often a page asks again while something it shows is still running. */
export const POLL_MS = 2000;

/**
 * Loads `fetcher`'s answer when `key` changes, and again every POLL_MS while `keepPolling(data)` says so; the last
 * answer of the same key stays shown while the next loads, so the page does not flicker.
 */
export function usePolled<T>(key: string, fetcher: () => Promise<T>, keepPolling: (data: T) => boolean) {
  // Each answer is kept with the key it answers, so another key's answer is never shown as this one's.
  const [data, setData] = useState<{ key: string; value: T }>();
  const [error, setError] = useState<{ key: string; value: ApiError }>();
  const [attempt, setAttempt] = useState(0);
  const poll = useRef(keepPolling);
  poll.current = keepPolling;
  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    fetcher().then(
      (answer) => {
        if (!current) return;
        setData({ key, value: answer });
        setError(undefined);
        if (poll.current(answer)) timer = setTimeout(() => setAttempt((value) => value + 1), POLL_MS);
      },
      (failure: unknown) => current && setError({ key, value: asApiError(failure) }),
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // The key names everything the fetcher reads.
  }, [key, attempt]);
  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  return {
    data: data?.key === key ? data.value : undefined,
    error: error?.key === key ? error.value : undefined,
    reload,
  };
}
