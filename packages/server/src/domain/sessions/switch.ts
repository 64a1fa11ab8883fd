import { eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { organizationAccess, type Organization, type Principal } from '../access/index.js';
import { Forbidden, Invalid } from '../errors.js';
import { issueSession, revokeSession, type IssuedSession } from './tokens.js';

/**
 * Moves a signed-in user's session to another of their organizations: a new session token there, the old one
 * revoked. An organization they do not belong to is NotFound.
 */
export async function switchSessionOrganization(
  db: Executor,
  principal: Principal,
  organizationSlug: unknown,
  key: Buffer,
): Promise<IssuedSession & { organization: Organization }> {
  if (!principal.session || !principal.user) throw new Forbidden('switching organization needs a signed-in session');
  if (typeof organizationSlug !== 'string' || organizationSlug === '')
    throw new Invalid('organization', 'expected the slug of one of your organizations');
  const { organization } = await organizationAccess(db, principal, organizationSlug);
  const [user] = await db.select().from(schema.users).where(eq(schema.users.id, principal.user.id));
  if (!user) throw new Forbidden('the user no longer exists');
  const issued = await issueSession(db, user, organization.slug, key);
  await revokeSession(db, principal);
  return { ...issued, organization };
}
