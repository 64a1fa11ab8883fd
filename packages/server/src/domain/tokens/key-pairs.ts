import { and, eq, isNull } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { PersonalAccess } from '../access/index.js';
import { Forbidden, NotFound } from '../errors.js';
import { requireName } from '../validate.js';
import { issueKeyPair, issueUserToken } from './issue.js';

const { tokens } = schema;

/** A user's key pair as created: the secret key is in this answer only (only its hash is stored). */
export interface NewKeyPair {
  accessKey: string;
  secretKey: string;
}

/** A key minting keys would outlive its own revocation: keys are made with a user token or a session. */
function requireSignedInUser(access: PersonalAccess, what: string): number {
  if (access.principal.tokenKind === 'key_pair') throw new Forbidden(`${what} needs a user token, not a key pair`);
  return access.user.id;
}

const optionalName = (description: string | null | undefined): string =>
  description === null || description === undefined || description === ''
    ? ''
    : requireName('description', description, 200);

/** A new key pair of the caller (Codiga's `X-Access-Key` + `X-Secret-Key`), acting as them. */
export async function createKeyPair(
  db: Executor,
  access: PersonalAccess,
  input: { description?: string | null | undefined },
): Promise<NewKeyPair> {
  const userId = requireSignedInUser(access, 'creating an API key');
  const issued = await issueKeyPair(db, userId, { name: optionalName(input.description) });
  return { accessKey: issued.accessKey, secretKey: issued.secret };
}

/** Revokes one of the caller's live key pairs by its access key; anyone else's, or a revoked one, is NotFound. */
export async function revokeKeyPair(db: Executor, access: PersonalAccess, accessKey: string, now = new Date()) {
  const userId = requireSignedInUser(access, 'revoking an API key');
  const revoked = await db
    .update(tokens)
    .set({ revokedAt: now })
    .where(
      and(
        eq(tokens.kind, 'key_pair'),
        eq(tokens.userId, userId),
        eq(tokens.accessKey, accessKey),
        isNull(tokens.revokedAt),
      ),
    )
    .returning({ id: tokens.id });
  if (revoked.length === 0) throw new NotFound('API key');
}

/** A user token of the caller (Codiga's createApiToken, sent as `X-Api-Token`); its secret is in this answer only. */
export async function createUserToken(
  db: Executor,
  access: PersonalAccess,
  input: { description?: string | null | undefined },
): Promise<{ id: number; secret: string }> {
  const userId = requireSignedInUser(access, 'creating an API token');
  const issued = await issueUserToken(db, userId, { name: optionalName(input.description) });
  return { id: issued.id, secret: issued.secret };
}

/** The caller's live user tokens, oldest first (never their secrets). */
export function listUserTokens(db: Executor, access: PersonalAccess) {
  return db
    .select({ id: tokens.id, name: tokens.name, createdAt: tokens.createdAt, lastUsedAt: tokens.lastUsedAt })
    .from(tokens)
    .where(and(eq(tokens.kind, 'user'), eq(tokens.userId, access.user.id), isNull(tokens.revokedAt)))
    .orderBy(tokens.id);
}

/** Revokes one of the caller's user tokens by id (Codiga's deleteApiToken); anyone else's is NotFound. */
export async function revokeUserToken(db: Executor, access: PersonalAccess, id: number, now = new Date()) {
  requireSignedInUser(access, 'deleting an API token');
  const revoked = Number.isSafeInteger(id)
    ? await db
        .update(tokens)
        .set({ revokedAt: now })
        .where(
          and(eq(tokens.id, id), eq(tokens.kind, 'user'), eq(tokens.userId, access.user.id), isNull(tokens.revokedAt)),
        )
        .returning({ id: tokens.id })
    : [];
  if (revoked.length === 0) throw new NotFound('API token');
}
