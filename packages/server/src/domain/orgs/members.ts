import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { inTransaction, schema, type Executor } from '../../store/index.js';
import { Forbidden, Invalid, NotFound } from '../errors.js';
import type { Page, PageRequest } from '../paging.js';
import { MANAGING_ROLES, type Role } from '../principal.js';
import { findOrCreateUser, type User } from '../users/users.js';
import { isUuid } from '../uuid.js';
import { requireRole, type OrganizationAccess } from './access.js';
import { findMembership, putMembership, type Membership } from './memberships.js';

export interface Member {
  membership: Membership;
  user: User;
}

const { memberships, users } = schema;

/** The organization's members, one page, ordered by email (case-insensitively), then by user. */
export async function listMembers(db: Executor, organizationId: number, page: PageRequest): Promise<Page<Member>> {
  const rows = await db
    .select({ membership: memberships, user: users })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(asc(users.emailKey), asc(users.id))
    .limit(page.limit)
    .offset(page.offset);
  const [counted] = await db
    .select({ total: count() })
    .from(memberships)
    .where(eq(memberships.organizationId, organizationId));
  return { items: rows, total: counted?.total ?? 0 };
}

/** Locks the organization row so concurrent role changes cannot both remove its last owner. */
async function lockOrganization(db: Executor, organizationId: number): Promise<void> {
  await db
    .select({ id: schema.organizations.id })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, organizationId))
    .for('update');
}

async function requireAnotherOwner(db: Executor, organizationId: number, field: string): Promise<void> {
  const [owners] = await db
    .select({ total: count() })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, 'OWNER')));
  if ((owners?.total ?? 0) < 2)
    throw new Invalid(field, 'expected another owner to remain: an organization keeps at least one owner');
}

/** Only an owner may make someone an owner or change what an owner is. */
function requireOwnerFor(access: OrganizationAccess, roles: (Role | undefined)[]): void {
  if (roles.includes('OWNER') && access.role !== 'OWNER')
    throw new Forbidden('only an owner may grant, change or remove the owner role');
}

/**
 * Adds a member by email, or changes an existing member's role; an unknown email becomes an invited user.
 * `chooseRole` receives the current role (if any) so a surface can keep roles it cannot tell apart.
 */
export async function putMemberByEmail(
  db: Executor,
  access: OrganizationAccess,
  input: { email: unknown; chooseRole: (current: Role | undefined) => Role },
): Promise<Member> {
  requireRole(access, MANAGING_ROLES, 'managing members');
  const organizationId = access.organization.id;
  return inTransaction(db, async (tx) => {
    await lockOrganization(tx, organizationId);
    const { user } = await findOrCreateUser(tx, { email: input.email, status: 'invited' });
    const current = (await findMembership(tx, organizationId, user.id))?.role;
    const role = input.chooseRole(current);
    requireOwnerFor(access, [current, role]);
    if (current === 'OWNER' && role !== 'OWNER') await requireAnotherOwner(tx, organizationId, 'role');
    const membership =
      current === role
        ? (await findMembership(tx, organizationId, user.id))!
        : await putMembership(tx, organizationId, user.id, role);
    return { membership, user };
  });
}

/** Removes a member, and with them their place in every team of the organization. */
export async function removeMember(db: Executor, access: OrganizationAccess, userUuid: string): Promise<void> {
  requireRole(access, MANAGING_ROLES, 'managing members');
  if (!isUuid(userUuid)) throw new NotFound('member');
  const organizationId = access.organization.id;
  await inTransaction(db, async (tx) => {
    await lockOrganization(tx, organizationId);
    const [row] = await tx
      .select({ membership: memberships })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, organizationId), eq(users.uuid, userUuid)));
    if (!row) throw new NotFound('member');
    const { userId, role } = row.membership;
    requireOwnerFor(access, [role]);
    if (role === 'OWNER') await requireAnotherOwner(tx, organizationId, 'userUuid');
    const teamsOfOrganization = tx
      .select({ id: schema.teams.id })
      .from(schema.teams)
      .where(eq(schema.teams.organizationId, organizationId));
    await tx
      .delete(schema.teamMembers)
      .where(and(eq(schema.teamMembers.userId, userId), inArray(schema.teamMembers.teamId, teamsOfOrganization)));
    await tx
      .delete(memberships)
      .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
  });
}
