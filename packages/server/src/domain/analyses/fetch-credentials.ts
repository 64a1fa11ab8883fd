// The HTTPS credential one analysis's fetch uses (Codiga's targetUsername and targetPassword): sealed at rest, read by
// the worker that fetches, deleted when that fetch ends, whatever its outcome.
import { eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { Invalid } from '../errors.js';

const { analysisFetchCredentials } = schema;

/** A user name and password for git's HTTPS fetch. */
export interface HttpCredential {
  username: string;
  password: string;
}

const MAX_LENGTH = 1000;

/** The credential as sealed for the analysis; its fields checked under the caller's argument names. */
export function sealFetchCredential(
  credential: HttpCredential,
  fields: { username: string; password: string },
  seal: (plain: string) => string,
): string {
  const lineFree = (value: string) => !/[\r\n\0]/.test(value) && value.length <= MAX_LENGTH;
  if (!lineFree(credential.username))
    throw new Invalid(fields.username, `one line of at most ${MAX_LENGTH} characters`);
  // The password is never echoed: only what was expected of it.
  if (credential.password === '' || !lineFree(credential.password))
    throw new Invalid(fields.password, `a non-empty line of at most ${MAX_LENGTH} characters`);
  return seal(JSON.stringify(credential));
}

/** The sealed credential of the analysis's fetch, if it was given one and its fetch has not ended yet. */
export async function sealedFetchCredential(db: Executor, analysisId: number): Promise<string | undefined> {
  const [row] = await db
    .select({ sealed: analysisFetchCredentials.sealed })
    .from(analysisFetchCredentials)
    .where(eq(analysisFetchCredentials.analysisId, analysisId));
  return row?.sealed;
}

/** Forgets the analysis's credential: its fetch ended (or will never run). */
export async function dropFetchCredential(db: Executor, analysisId: number): Promise<void> {
  await db.delete(analysisFetchCredentials).where(eq(analysisFetchCredentials.analysisId, analysisId));
}

/** Opens a sealed credential (the worker's key). */
export function openFetchCredential(sealed: string, open: (sealed: string) => string): HttpCredential {
  const { username, password } = JSON.parse(open(sealed)) as HttpCredential;
  return { username, password };
}
