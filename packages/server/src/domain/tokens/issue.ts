import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { hashSecret, newSecret } from '../../crypto/random-secret.js';
import { schema, type Executor } from '../../store/index.js';
import type { Role, TokenKind } from '../access/principal.js';

/** Prefixes make a leaked Plumb secret recognisable to secret scanners and to people. */
export const TOKEN_PREFIXES: Record<TokenKind, string> = {
  user: 'plumb_u_',
  organization: 'plumb_o_',
  project: 'plumb_p_',
  key_pair: 'plumb_sk_',
  api_key: 'ch_',
};

/** CodeStax's key format: `ch_` and 64 hex digits (32 random bytes); every other kind is prefix + base64url. */
const secretOf = (kind: TokenKind): string =>
  kind === 'api_key' ? `${TOKEN_PREFIXES.api_key}${randomBytes(32).toString('hex')}` : newSecret(TOKEN_PREFIXES[kind]);

export interface IssuedToken {
  id: number;
  uuid: string;
  /** The secret, shown once: only its hash is stored. */
  secret: string;
}

interface TokenOptions {
  name?: string;
  expiresAt?: Date | null;
}

async function insertToken(
  db: Executor,
  values: Omit<typeof schema.tokens.$inferInsert, 'secretHash'>,
): Promise<IssuedToken> {
  const secret = secretOf(values.kind);
  const [row] = await db
    .insert(schema.tokens)
    .values({ ...values, secretHash: hashSecret(secret) })
    .returning({ id: schema.tokens.id, uuid: schema.tokens.uuid });
  return { id: row!.id, uuid: row!.uuid, secret };
}

export function issueUserToken(db: Executor, userId: number, options: TokenOptions = {}): Promise<IssuedToken> {
  return insertToken(db, { kind: 'user', userId, name: options.name ?? '', expiresAt: options.expiresAt ?? null });
}

export function issueOrganizationToken(
  db: Executor,
  organizationId: number,
  options: TokenOptions & { role?: Role; createdByUserId?: number } = {},
): Promise<IssuedToken> {
  return insertToken(db, {
    kind: 'organization',
    organizationId,
    role: options.role ?? 'ADMIN',
    userId: options.createdByUserId ?? null,
    name: options.name ?? '',
    expiresAt: options.expiresAt ?? null,
  });
}

export function issueProjectToken(
  db: Executor,
  projectId: number,
  options: TokenOptions & { createdByUserId?: number } = {},
): Promise<IssuedToken> {
  return insertToken(db, {
    kind: 'project',
    projectId,
    userId: options.createdByUserId ?? null,
    name: options.name ?? '',
    expiresAt: options.expiresAt ?? null,
  });
}

/** An organization's API key (CodeStax's `X-API-Key`), acting with the role it was given. */
export function issueApiKey(
  db: Executor,
  organizationId: number,
  options: TokenOptions & { role: Role; createdByUserId?: number | null },
): Promise<IssuedToken> {
  return insertToken(db, {
    kind: 'api_key',
    organizationId,
    role: options.role,
    userId: options.createdByUserId ?? null,
    name: options.name ?? '',
    expiresAt: options.expiresAt ?? null,
  });
}

/** An API key pair: the access key is public and identifies the pair; the secret key is shown once. */
export async function issueKeyPair(
  db: Executor,
  userId: number,
  options: TokenOptions = {},
): Promise<IssuedToken & { accessKey: string }> {
  const accessKey = `plumb_ak_${randomBytes(12).toString('hex')}`;
  const issued = await insertToken(db, {
    kind: 'key_pair',
    userId,
    accessKey,
    name: options.name ?? '',
    expiresAt: options.expiresAt ?? null,
  });
  return { ...issued, accessKey };
}

/** Revokes any token by id: an operator's act (and the tests'), so it takes no caller. */
export async function revokeToken(db: Executor, tokenId: number, now = new Date()): Promise<void> {
  await db
    .update(schema.tokens)
    .set({ revokedAt: now })
    .where(and(eq(schema.tokens.id, tokenId), isNull(schema.tokens.revokedAt)));
}
