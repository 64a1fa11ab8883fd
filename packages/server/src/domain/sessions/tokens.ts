import { randomUUID } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import { signJwt, verifyJwt } from '../../crypto/jwt.js';
import { schema, type Executor } from '../../store/index.js';
import type { Principal } from '../access/index.js';
import type { User } from '../users/index.js';

/** How long a session token is valid. */
export const SESSION_SECONDS = 24 * 60 * 60;

/** A session token (HS256 JWT) as handed to the client once. */
export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

interface SessionClaims {
  /** The user's uuid. */
  sub: string;
  /** The organization the session was opened in (its slug). */
  org: string;
  /** The user's session generation when it was issued: a password change raises it. */
  gen: number;
  jti: string;
}

/** The user's session generation: 0 until their first password change. */
export async function sessionGeneration(db: Executor, userId: number): Promise<number> {
  const [row] = await db
    .select({ generation: schema.sessionGenerations.generation })
    .from(schema.sessionGenerations)
    .where(eq(schema.sessionGenerations.userId, userId));
  return row?.generation ?? 0;
}

/** Signs a session token for the user in the organization, of their current session generation. */
export async function issueSession(
  db: Executor,
  user: User,
  organizationSlug: string,
  key: Buffer,
  now = new Date(),
): Promise<IssuedSession> {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + SESSION_SECONDS;
  const gen = await sessionGeneration(db, user.id);
  const claims: SessionClaims = { sub: user.uuid, org: organizationSlug, gen, jti: randomUUID() };
  return { token: signJwt({ ...claims, iat, exp }, key), expiresAt: new Date(exp * 1000) };
}

/**
 * The principal a session token stands for: signed with the key, unexpired, not logged out, issued since the
 * user's last password change, and the user still active. Undefined otherwise.
 */
export async function resolveSession(
  db: Executor,
  token: string,
  key: Buffer,
  now = new Date(),
): Promise<Principal | undefined> {
  const claims = verifyJwt(token, key, now) as (Partial<SessionClaims> & { exp: number }) | undefined;
  if (!claims || typeof claims.sub !== 'string' || typeof claims.org !== 'string') return undefined;
  if (typeof claims.jti !== 'string' || typeof claims.gen !== 'number') return undefined;
  const [user] = await db.select().from(schema.users).where(eq(schema.users.uuid, claims.sub));
  if (!user || user.status !== 'active' || (await sessionGeneration(db, user.id)) !== claims.gen) return undefined;
  const [revoked] = await db
    .select({ id: schema.sessionRevocations.tokenId })
    .from(schema.sessionRevocations)
    .where(eq(schema.sessionRevocations.tokenId, claims.jti));
  if (revoked) return undefined;
  return sessionPrincipal(user, {
    id: claims.jti,
    organizationSlug: claims.org,
    expiresAt: new Date(claims.exp * 1000),
  });
}

/** The principal of a user signed in with a session token (or, without `session`, signing in). */
export function sessionPrincipal(user: User, session?: Principal['session']): Principal {
  return {
    tokenId: 0,
    tokenKind: 'session',
    user: { id: user.id, uuid: user.uuid, email: user.email, displayName: user.displayName },
    organization: null,
    project: null,
    role: null,
    ...(session ? { session } : {}),
  };
}

/** Logs a session out: its token is refused from now on. Revocations of tokens past their expiry are dropped. */
export async function revokeSession(db: Executor, principal: Principal, now = new Date()): Promise<void> {
  const { session, user } = principal;
  if (!session || !user) return;
  await db.delete(schema.sessionRevocations).where(lt(schema.sessionRevocations.expiresAt, now));
  if (session.expiresAt <= now) return;
  await db
    .insert(schema.sessionRevocations)
    .values({ tokenId: session.id, userId: user.id, expiresAt: session.expiresAt })
    .onConflictDoNothing();
}
