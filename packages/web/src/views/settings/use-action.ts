import { useState } from 'react';
import type { ApiError } from '../../api/http.js';
import { asApiError } from '../../components/errors.js';

/** A button's action (revoke, remove, change a role): its failure kept as an ApiError to show beside the list. */
export function useAction() {
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}
