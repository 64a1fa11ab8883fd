import { useState, type FormEvent } from 'react';
import type { ApiError } from '../api/http.js';
import { asApiError } from './errors.js';

/**
 * A form's submission: `busy` while `action` runs, and its failure as an ApiError to show; `onFailure` runs after a
 * failure (to drop a secret the user typed, for one).
 */
export function useSubmit(action: () => Promise<void>, onFailure?: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(asApiError(failure));
      onFailure?.();
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}

/** A form's fields as one state, with a change handler per field. */
export function useFields<T extends Record<string, string>>(initial: T) {
  const [fields, setFields] = useState(initial);
  const bind = (field: keyof T) => (event: { target: { value: string } }) =>
    setFields((previous) => ({ ...previous, [field]: event.target.value }));
  return { fields, setFields, bind };
}
