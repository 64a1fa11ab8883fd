import { inTransaction, type Executor } from '../store/index.js';
import { findOrganizationBySlug } from './access/access.js';
import { putMembership } from './orgs/members.js';
import { createOrganization } from './orgs/organizations.js';
import { issueOrganizationToken, issueUserToken } from './tokens/issue.js';
import { findOrCreateUser } from './users/users.js';
import { requireEmail, requireSlug } from './validate.js';

/**
 * What an operator does with direct access to the store, outside any caller's access: `plumb admin bootstrap`,
 * and the test fixtures that stand up tenants. No API surface may import this module (lint enforces it).
 */
export { findOrganizationBySlug } from './access/access.js';
export { putMembership } from './orgs/members.js';
export { createOrganization, updateOrganizationSettings, type OrganizationSettings } from './orgs/organizations.js';
export {
  issueKeyPair,
  issueOrganizationToken,
  issueProjectToken,
  issueUserToken,
  revokeToken,
} from './tokens/issue.js';
export { findOrCreateUser, findUserByEmail } from './users/users.js';
export { unsafeRepositories, type UnsafeRepository } from './projects/safety.js';

export interface BootstrapResult {
  organization: { slug: string; id: string };
  user: { uuid: string; email: string };
  userToken: string;
  organizationToken: string;
}
/**
 * Creates (or finds) the organization and its owner, and issues a fresh user token and organization token.
 * Idempotent.
 */
export async function bootstrapOrganization(
  db: Executor,
  input: { slug: unknown; email: unknown; name?: unknown },
): Promise<BootstrapResult> {
  const slug = requireSlug('org', input.slug);
  const email = requireEmail('email', input.email);
  return inTransaction(db, async (tx) => {
    const organization =
      (await findOrganizationBySlug(tx, slug)) ?? (await createOrganization(tx, { slug, name: input.name ?? slug }));
    const { user } = await findOrCreateUser(tx, { email, status: 'active' });
    await putMembership(tx, organization.id, user.id, 'OWNER');
    const userToken = await issueUserToken(tx, user.id, { name: 'bootstrap' });
    const organizationToken = await issueOrganizationToken(tx, organization.id, {
      name: 'bootstrap',
      role: 'ADMIN',
      createdByUserId: user.id,
    });
    return {
      organization: { slug: organization.slug, id: organization.uuid },
      user: { uuid: user.uuid, email: user.email },
      userToken: userToken.secret,
      organizationToken: organizationToken.secret,
    };
  });
}
