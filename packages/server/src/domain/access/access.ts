import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { Forbidden, NotFound } from '../errors.js';
import type { Principal, Role } from './principal.js';

export type Organization = typeof schema.organizations.$inferSelect;
export type PrincipalUser = NonNullable<Principal['user']>;

/** A caller inside one organization: who they are, the organization, and the role they hold there. */
export interface OrganizationAccess {
  principal: Principal;
  organization: Organization;
  role: Role | null;
}

/** A user acting on what is their own, outside any organization (their repositories, their configurations). */
export interface PersonalAccess {
  principal: Principal;
  user: PrincipalUser;
}

export const isOrganizationAccess = (access: OrganizationAccess | PersonalAccess): access is OrganizationAccess =>
  'organization' in access;

export async function findOrganizationBySlug(db: Executor, slug: string): Promise<Organization | undefined> {
  const [row] = await db.select().from(schema.organizations).where(eq(schema.organizations.slug, slug));
  return row;
}

/**
 * The organization named by slug, as the principal may act in it: one they do not belong to is NotFound, never
 * Forbidden. An organization or project token acts in its own organization only, with the token's role.
 */
export async function organizationAccess(
  db: Executor,
  principal: Principal,
  slug: string,
): Promise<OrganizationAccess> {
  const organization = await findOrganizationBySlug(db, slug);
  if (!organization) throw new NotFound('organization');
  if (principal.organization) {
    if (principal.organization.id !== organization.id) throw new NotFound('organization');
    return { principal, organization, role: principal.role };
  }
  if (!principal.user) throw new NotFound('organization');
  const [membership] = await db
    .select({ role: schema.memberships.role })
    .from(schema.memberships)
    .where(
      and(eq(schema.memberships.organizationId, organization.id), eq(schema.memberships.userId, principal.user.id)),
    );
  if (!membership) throw new NotFound('organization');
  return { principal, organization, role: membership.role };
}

/** The access of an organization or project token to the organization it belongs to. */
export async function tokenOrganizationAccess(db: Executor, principal: Principal): Promise<OrganizationAccess> {
  if (!principal.organization) throw new NotFound('organization');
  return organizationAccess(db, principal, principal.organization.slug);
}

/** A user token's own scope; any other credential has none. */
export function personalAccess(principal: Principal): PersonalAccess {
  if (!principal.user) throw new Forbidden('this needs a user token');
  return { principal, user: principal.user };
}
