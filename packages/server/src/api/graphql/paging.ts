import { Invalid } from '../../domain/errors.js';

/** The most items one list field answers: `howmany` above it is refused, not cut (docs/api/codiga.md). */
export const MAX_HOWMANY = 1000;

/** Codiga's `howmany` and `skip`, checked: a page by position. */
export function pageOf(
  args: { howmany?: number | null; skip?: number | null },
  defaults: { howmany: number } = { howmany: MAX_HOWMANY },
): { limit: number; offset: number } {
  const limit = args.howmany ?? defaults.howmany;
  const offset = args.skip ?? 0;
  if (!Number.isSafeInteger(limit) || limit < 0 || limit > MAX_HOWMANY)
    throw new Invalid('howmany', `expected an integer from 0 to ${MAX_HOWMANY}, got ${limit}`);
  if (!Number.isSafeInteger(offset) || offset < 0)
    throw new Invalid('skip', `expected an integer from 0, got ${offset}`);
  return { limit, offset };
}
