import type { Executor } from '../../store/index.js';
import { Forbidden, NotFound } from '../errors.js';
import type { Principal, Role } from '../principal.js';
import { findMembership } from './memberships.js';
import { findOrganizationBySlug, type Organization } from './organizations.js';

/** An organization as the principal may see it, with the role the principal holds there. */
export interface OrganizationAccess {
  organization: Organization;
  role: Role | null;
}

/** Resolves an organization by slug for a principal: one it does not belong to is NotFound, never Forbidden. */
export async function organizationForPrincipal(
  db: Executor,
  principal: Principal,
  slug: string,
): Promise<OrganizationAccess> {
  const organization = await findOrganizationBySlug(db, slug);
  if (!organization) throw new NotFound('organization');
  if (principal.organization) {
    if (principal.organization.id !== organization.id) throw new NotFound('organization');
    return { organization, role: principal.role };
  }
  if (!principal.user) throw new NotFound('organization');
  const membership = await findMembership(db, organization.id, principal.user.id);
  if (!membership) throw new NotFound('organization');
  return { organization, role: membership.role };
}

/** Throws Forbidden unless the access carries one of the roles. */
export function requireRole(access: OrganizationAccess, roles: readonly Role[], action: string): void {
  if (!access.role || !roles.includes(access.role)) {
    throw new Forbidden(`${action} needs one of the roles ${roles.join(', ')}`);
  }
}
