import {
  bootstrapOrganization,
  findOrCreateUser,
  findOrganizationBySlug,
  issueOrganizationToken,
  issueUserToken,
  putMembership,
  type Organization,
  type Role,
} from '../../src/domain/index.js';
import type { Store } from '../../src/store/index.js';

/** An organization with its owner, and a way to mint members and tokens of any role in it. */
export interface Tenant {
  organization: Organization;
  /** The owner's user token (`api-token:`, `?access_token=`). */
  ownerUserToken: string;
  /** An ADMIN organization API token (Qodana's Bearer token). */
  adminOrganizationToken: string;
  organizationToken(role: Role): Promise<string>;
  /** Adds a member with the role and returns a user token of theirs. */
  memberUserToken(email: string, role: Role): Promise<string>;
}

export async function createTenant(store: Store, slug: string): Promise<Tenant> {
  const boot = await bootstrapOrganization(store.db, { slug, email: `owner@${slug}.example` });
  const organization = (await findOrganizationBySlug(store.db, slug))!;
  return {
    organization,
    ownerUserToken: boot.userToken,
    adminOrganizationToken: boot.organizationToken,
    organizationToken: async (role) => (await issueOrganizationToken(store.db, organization.id, { role })).secret,
    memberUserToken: async (email, role) => {
      const { user } = await findOrCreateUser(store.db, { email, status: 'active' });
      await putMembership(store.db, organization.id, user.id, role);
      return (await issueUserToken(store.db, user.id)).secret;
    },
  };
}
