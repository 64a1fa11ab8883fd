import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { hashSecret } from '../../crypto/random-secret.js';
import { schema, type Executor } from '../../store/index.js';
import type { Principal } from '../access/principal.js';

/** What a request presented: one secret, or an access key with its secret key. */
export type Credential = { secret: string } | { accessKey: string; secretKey: string };

const projectOrganizations = alias(schema.organizations, 'project_organizations');
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Resolves a credential to the principal it stands for; undefined when it is unknown, revoked, expired,
 * or belongs to a deactivated owner. Updates last-used time at most once a minute per token.
 */
export async function resolveCredential(
  db: Executor,
  credential: Credential,
  now = new Date(),
): Promise<Principal | undefined> {
  const secret = 'secret' in credential ? credential.secret : credential.secretKey;
  const [row] = await db
    .select({
      token: schema.tokens,
      user: schema.users,
      organization: schema.organizations,
      project: schema.projects,
      projectOrganization: projectOrganizations,
    })
    .from(schema.tokens)
    .leftJoin(schema.users, eq(schema.users.id, schema.tokens.userId))
    .leftJoin(schema.organizations, eq(schema.organizations.id, schema.tokens.organizationId))
    .leftJoin(schema.projects, eq(schema.projects.id, schema.tokens.projectId))
    .leftJoin(projectOrganizations, eq(projectOrganizations.id, schema.projects.organizationId))
    .where(and(eq(schema.tokens.secretHash, hashSecret(secret)), isNull(schema.tokens.revokedAt)));
  if (!row) return undefined;
  const { token, user, organization, project, projectOrganization } = row;
  if (token.expiresAt && token.expiresAt <= now) return undefined;
  // A key pair is valid only with its own access key; a bare secret key is not enough.
  if (token.kind === 'key_pair' && !('accessKey' in credential && credential.accessKey === token.accessKey))
    return undefined;
  if ('accessKey' in credential && token.kind !== 'key_pair') return undefined;
  if ((token.kind === 'user' || token.kind === 'key_pair') && user?.status !== 'active') return undefined;
  await touchToken(db, token.id, token.lastUsedAt, now);
  const ofOrganization = token.kind === 'organization' || token.kind === 'api_key';
  const owningOrganization = token.kind === 'project' ? projectOrganization : ofOrganization ? organization : null;
  return {
    tokenId: token.id,
    tokenKind: token.kind,
    user:
      user && !ofOrganization && token.kind !== 'project'
        ? { id: user.id, uuid: user.uuid, email: user.email, displayName: user.displayName }
        : null,
    organization: owningOrganization
      ? { id: owningOrganization.id, uuid: owningOrganization.uuid, slug: owningOrganization.slug }
      : null,
    project: project ? { id: project.id, uuid: project.uuid } : null,
    role: ofOrganization ? token.role : null,
  };
}

async function touchToken(db: Executor, tokenId: number, lastUsedAt: Date | null, now: Date): Promise<void> {
  if (lastUsedAt && now.getTime() - lastUsedAt.getTime() < TOUCH_INTERVAL_MS) return;
  await db
    .update(schema.tokens)
    .set({ lastUsedAt: now })
    .where(and(eq(schema.tokens.id, tokenId), or(isNull(schema.tokens.lastUsedAt), lt(schema.tokens.lastUsedAt, now))));
}
