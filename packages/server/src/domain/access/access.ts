import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { Forbidden, Invalid, NotFound } from '../errors.js';
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

/** The organizations a user belongs to, by slug. */
export async function organizationsOfUser(db: Executor, userId: number): Promise<Organization[]> {
  const rows = await db
    .select({ organization: schema.organizations })
    .from(schema.memberships)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.memberships.organizationId))
    .where(eq(schema.memberships.userId, userId))
    .orderBy(schema.organizations.slug);
  return rows.map((row) => row.organization);
}

/**
 * The organization a caller acts in when the API names none in its paths: a token's own organization, a session's,
 * the one the request named in `choice.field` (a slug or a numeric id), or else a user's only one.
 */
export async function impliedOrganizationAccess(
  db: Executor,
  principal: Principal,
  choice: { field: string; value?: string | undefined },
): Promise<OrganizationAccess> {
  if (principal.organization) return organizationAccess(db, principal, principal.organization.slug);
  if (principal.session) return organizationAccess(db, principal, principal.session.organizationSlug);
  if (!principal.user) throw new NotFound('organization');
  const organizations = await organizationsOfUser(db, principal.user.id);
  const named = choice.value;
  const chosen =
    named === undefined
      ? organizations.length === 1
        ? organizations[0]
        : undefined
      : organizations.find((org) => org.slug === named || String(org.id) === named);
  if (chosen) return organizationAccess(db, principal, chosen.slug);
  if (named !== undefined || organizations.length === 0) throw new NotFound('organization');
  throw new Invalid(
    choice.field,
    `expected the slug or id of one of your organizations (${organizations.map((org) => org.slug).join(', ')})`,
  );
}
