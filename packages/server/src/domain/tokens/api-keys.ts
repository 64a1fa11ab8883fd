import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { authorize, type OrganizationAccess, type Role } from '../access/index.js';
import { Forbidden, Invalid, NotFound } from '../errors.js';
import { requireName } from '../validate.js';
import { issueApiKey } from './issue.js';

const { tokens } = schema;

/** The roles an API key may act with: an admin hands out at most their own rights, never ownership. */
export const API_KEY_ROLES = ['ADMIN', 'EDITOR', 'VIEWER'] as const satisfies readonly Role[];
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

/** An API key as listed: never its secret. */
export interface ApiKey {
  id: number;
  name: string;
  role: Role;
  createdByUserId: number | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

export interface NewApiKey {
  name: string;
  role?: ApiKeyRole | undefined;
  expiresAt?: Date | undefined;
}

const KEY_COLUMNS = {
  id: tokens.id,
  name: tokens.name,
  role: tokens.role,
  createdByUserId: tokens.userId,
  createdAt: tokens.createdAt,
  lastUsedAt: tokens.lastUsedAt,
  expiresAt: tokens.expiresAt,
  revokedAt: tokens.revokedAt,
};

const ofOrganization = (access: OrganizationAccess): SQL =>
  and(eq(tokens.kind, 'api_key'), eq(tokens.organizationId, access.organization.id))!;

/** Keys are managed by an OWNER or ADMIN who signed in: a key minting keys would outlive its own revocation. */
function authorizeKeyManagement(access: OrganizationAccess): number {
  authorize(access, 'manageApiKeys');
  if (!access.principal.user)
    throw new Forbidden('managing API keys needs a user token or a session token, not another key');
  return access.principal.user.id;
}

/** A new API key of the organization, VIEWER unless a role is given; its secret is in this answer only. */
export async function createApiKey(
  db: Executor,
  access: OrganizationAccess,
  input: NewApiKey,
  now = new Date(),
): Promise<{ key: ApiKey; secret: string }> {
  const userId = authorizeKeyManagement(access);
  const name = requireName('name', input.name, 100);
  if (input.role !== undefined && !(API_KEY_ROLES as readonly string[]).includes(input.role))
    throw new Invalid('role', `expected one of ${API_KEY_ROLES.join(', ')}`);
  if (input.expiresAt && input.expiresAt <= now) throw new Invalid('expires_at', 'expected a time in the future');
  const issued = await issueApiKey(db, access.organization.id, {
    role: input.role ?? 'VIEWER',
    name,
    createdByUserId: userId,
    expiresAt: input.expiresAt ?? null,
  });
  const [key] = await db.select(KEY_COLUMNS).from(tokens).where(eq(tokens.id, issued.id));
  return { key: key as ApiKey, secret: issued.secret };
}

/** Every API key of the organization, revoked ones included, newest first. */
export async function listApiKeys(db: Executor, access: OrganizationAccess): Promise<ApiKey[]> {
  authorizeKeyManagement(access);
  const rows = await db.select(KEY_COLUMNS).from(tokens).where(ofOrganization(access)).orderBy(desc(tokens.id));
  return rows as ApiKey[];
}

/** Revokes a live key of the organization; a key of another organization, or one already revoked, is NotFound. */
export async function revokeApiKey(
  db: Executor,
  access: OrganizationAccess,
  id: number,
  now = new Date(),
): Promise<ApiKey> {
  authorizeKeyManagement(access);
  const [key] = await db
    .update(tokens)
    .set({ revokedAt: now })
    .where(and(ofOrganization(access), eq(tokens.id, id), isNull(tokens.revokedAt)))
    .returning(KEY_COLUMNS);
  if (!key) throw new NotFound('API key');
  return key as ApiKey;
}
