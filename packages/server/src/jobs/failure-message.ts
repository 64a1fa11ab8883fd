/** Longest error text kept on an analysis: enough for a reader, never a whole SQL statement. */
const MAX_LENGTH = 500;

/**
 * The words a user reads when an analysis fails: the innermost cause's message (a database driver's, not the query
 * builder's statement), on one line, cut to a readable length.
 */
export function failureMessage(error: unknown): string {
  let inner: unknown = error;
  while (inner instanceof Error && inner.cause instanceof Error) inner = inner.cause;
  const text = (inner instanceof Error ? inner.message : String(inner)).replace(/\s+/g, ' ').trim();
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
