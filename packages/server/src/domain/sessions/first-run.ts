import { count } from 'drizzle-orm';
import { inTransaction, schema, type Executor } from '../../store/index.js';
import type { Organization } from '../access/index.js';
import { Conflict, Invalid } from '../errors.js';
import { putMembership } from '../orgs/members.js';
import { createOrganization } from '../orgs/organizations.js';
import { findOrCreateUser } from '../users/users.js';
import { requireEmail, requireName, requireSlug } from '../validate.js';
import { MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from './login.js';
import { issueSession, type IssuedSession } from './tokens.js';

/** What the first-run page asks for: the first organization and its owner. */
export interface FirstOrganization {
  organization: unknown;
  organizationName?: unknown;
  email: unknown;
  name?: unknown;
  password: unknown;
}

/** True while the store holds no organization: the dashboard then offers its first-run page. */
export async function isFirstRun(db: Executor): Promise<boolean> {
  const [row] = await db.select({ total: count() }).from(schema.organizations);
  return (row?.total ?? 0) === 0;
}

function requirePassword(value: unknown): string {
  if (typeof value !== 'string' || value.length < MIN_PASSWORD_LENGTH || value.length > MAX_PASSWORD_LENGTH)
    throw new Invalid('password', `expected a password of ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`);
  return value;
}

/**
 * Creates the first organization and its owner with a password, and opens a session for them: what
 * `plumb admin bootstrap` does, from the dashboard. Refused (Conflict) once any organization exists.
 */
export async function createFirstOrganization(
  db: Executor,
  input: FirstOrganization,
  key: Buffer,
): Promise<IssuedSession & { organization: Organization }> {
  const slug = requireSlug('organization', input.organization);
  const email = requireEmail('email', input.email);
  const password = requirePassword(input.password);
  const organizationName =
    input.organizationName === undefined || input.organizationName === ''
      ? slug
      : requireName('organizationName', input.organizationName);
  const displayName = input.name === undefined || input.name === '' ? undefined : requireName('name', input.name);
  const created = await inTransaction(db, async (tx) => {
    if (!(await isFirstRun(tx))) throw new Conflict('Plumb is already set up: sign in instead');
    const organization = await createOrganization(tx, { slug, name: organizationName });
    const { user, created: newUser } = await findOrCreateUser(tx, {
      email,
      status: 'active',
      password,
      ...(displayName === undefined ? {} : { displayName }),
    });
    if (!newUser) throw new Conflict('a user with this email already exists: sign in, or bootstrap with the CLI');
    await putMembership(tx, organization.id, user.id, 'OWNER');
    return { organization, user };
  });
  return {
    ...(await issueSession(db, created.user, created.organization.slug, key)),
    organization: created.organization,
  };
}
