import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../../crypto/password.js';
import { increment, inTransaction, schema, type Executor } from '../../store/index.js';
import { impliedOrganizationAccess, organizationsOfUser, type Organization, type Principal } from '../access/index.js';
import { Forbidden, Invalid } from '../errors.js';
import { findUserByEmail } from '../users/users.js';
import { issueSession, sessionPrincipal, type IssuedSession } from './tokens.js';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 200;

let standIn: Promise<string> | undefined;
/** A hash of a random password, made once: what a login without a stored hash is checked against. */
const standInHash = (): Promise<string> => (standIn ??= hashPassword(randomBytes(16).toString('hex')));

export interface LoginRequest {
  email: string;
  password: string;
  /** The organization to open the session in (slug or id); needed only by users of several. */
  organization?: string | undefined;
  /** With no organization named, open the session in the first of the user's (by slug) rather than refuse. */
  anyOrganization?: boolean;
}

/**
 * Opens a session for an active user whose password matches, in one of their organizations. Undefined when the email
 * or the password is wrong (which of the two is not told), or the user has no password.
 */
export async function login(
  db: Executor,
  request: LoginRequest,
  key: Buffer,
  now = new Date(),
): Promise<(IssuedSession & { organization: Organization }) | undefined> {
  const user = await findUserByEmail(db, request.email);
  // Without a user or a password, a stand-in hash is checked anyway: how long a refusal takes tells nothing.
  const stored = user?.passwordHash ?? (await standInHash());
  const passwordMatches = await verifyPassword(request.password, stored).catch(() => false);
  if (!user?.passwordHash || user.status !== 'active' || !passwordMatches) return undefined;
  const first = request.anyOrganization ? (await organizationsOfUser(db, user.id))[0]?.slug : undefined;
  const { organization } = await impliedOrganizationAccess(db, sessionPrincipal(user), {
    field: 'organization',
    value: request.organization ?? first,
  });
  return { ...(await issueSession(db, user, organization.slug, key, now)), organization };
}

function requireNewPassword(value: string): string {
  if (value.length < MIN_PASSWORD_LENGTH || value.length > MAX_PASSWORD_LENGTH)
    throw new Invalid(
      'new_password',
      `expected a password of ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`,
    );
  return value;
}

/**
 * Sets the caller's password and ends every session token issued before. A user with a password must give it; one
 * without (made by `plumb admin bootstrap`) sets a first one with a user token.
 */
export async function changePassword(
  db: Executor,
  principal: Principal,
  input: { currentPassword?: string | undefined; newPassword: string },
): Promise<void> {
  if (!principal.user) throw new Forbidden('changing a password needs a user: a user token or a session token');
  const newPassword = requireNewPassword(input.newPassword);
  const [user] = await db.select().from(schema.users).where(eq(schema.users.id, principal.user.id));
  if (!user) throw new Forbidden('the user no longer exists');
  if (user.passwordHash !== null) {
    const given = input.currentPassword;
    if (given === undefined) throw new Invalid('current_password', 'expected your current password');
    if (!(await verifyPassword(given, user.passwordHash)))
      throw new Invalid('current_password', 'expected your current password');
  }
  const passwordHash = await hashPassword(newPassword);
  const { sessionGenerations } = schema;
  await inTransaction(db, async (tx) => {
    await tx.update(schema.users).set({ passwordHash }).where(eq(schema.users.id, user.id));
    await tx
      .insert(sessionGenerations)
      .values({ userId: user.id, generation: 1 })
      .onConflictDoUpdate({
        target: sessionGenerations.userId,
        set: { generation: increment(sessionGenerations.generation) },
      });
  });
}
