import type { ApiError } from '../api/http.js';

/** A failed call, said in words the user can act on, with a retry when there is one. */
export function ErrorMessage({
  error,
  retry,
  title = 'Something went wrong',
}: {
  error: ApiError;
  retry?: () => void;
  title?: string;
}) {
  return (
    <div className="message message-error" role="alert">
      <p className="message-title">{title}</p>
      <p>{error.message}</p>
      {retry && (
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}
