import { ApiError } from '../api/http.js';

/** Any thrown value as an ApiError, so every failure is shown the same way. */
export const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError(error instanceof Error ? error.message : String(error), 0);
