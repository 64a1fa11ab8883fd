import {
  organizationAccess,
  type Organization,
  type OrganizationAccess,
  type Role,
} from '../../src/domain/access/index.js';
import {
  bootstrapOrganization,
  findOrCreateUser,
  findOrganizationBySlug,
  issueOrganizationToken,
  issueUserToken,
  putMembership,
} from '../../src/domain/provisioning.js';
import { resolveCredential } from '../../src/domain/tokens/index.js';
import type { Executor, Store } from '../../src/store/index.js';

/** An organization with its owner, and a way to mint members and tokens of any role in it. */
export interface Tenant {
  organization: Organization;
  /** The owner's user token (`api-token:`, `?access_token=`). */
  ownerUserToken: string;
  /** An ADMIN organization API token (Qodana's Bearer token). */
  adminOrganizationToken: string;
  /** The owner's access to the organization, resolved from their token as any API request's is. */
  owner: OrganizationAccess;
  organizationToken(role: Role): Promise<string>;
  /** Adds a member with the role and returns a user token of theirs. */
  memberUserToken(email: string, role: Role): Promise<string>;
}

/** The access a user token gives to an organization, resolved as a request's credential is. */
export async function accessOf(db: Executor, token: string, slug: string): Promise<OrganizationAccess> {
  const principal = await resolveCredential(db, { secret: token });
  if (!principal) throw new Error('the token does not resolve');
  return organizationAccess(db, principal, slug);
}

export async function createTenant(store: Store, slug: string): Promise<Tenant> {
  const boot = await bootstrapOrganization(store.db, { slug, email: `owner@${slug}.example` });
  const organization = (await findOrganizationBySlug(store.db, slug))!;
  return {
    organization,
    ownerUserToken: boot.userToken,
    adminOrganizationToken: boot.organizationToken,
    owner: await accessOf(store.db, boot.userToken, slug),
    organizationToken: async (role) => (await issueOrganizationToken(store.db, organization.id, { role })).secret,
    memberUserToken: async (email, role) => {
      const { user } = await findOrCreateUser(store.db, { email, status: 'active' });
      await putMembership(store.db, organization.id, user.id, role);
      return (await issueUserToken(store.db, user.id)).secret;
    },
  };
}
