import { and, count, eq, inArray } from 'drizzle-orm';
import { containsText, inTransaction, schema, type Executor } from '../../store/index.js';
import { authorize, can, type OrganizationAccess, type Role } from '../access/index.js';
import { Forbidden, Invalid, NotFound } from '../errors.js';
import { paginate, type Keyset, type Page, type PageRequest } from '../paging.js';
import { findOrCreateUser, findUserByEmail, type User } from '../users/users.js';
import { isUuid } from '../validate.js';

export type Membership = typeof schema.memberships.$inferSelect;

export interface Member {
  membership: Membership;
  user: User;
}

export interface MemberQuery {
  /** By email, case-insensitively. */
  order?: 'asc' | 'desc';
  /** A case-insensitive substring of the email or the display name. */
  search?: string;
}

const { memberships, users } = schema;

const byEmail = (direction: 'asc' | 'desc'): Keyset<Member> => ({
  columns: [
    { column: users.emailKey, text: true },
    { column: users.id, text: false },
  ],
  valuesOf: ({ user }) => [user.emailKey, user.id],
  direction,
});

/** Invitation ids are links into the organization: only those who manage members see them. */
function withoutInvitation(member: Member): Member {
  return { ...member, user: { ...member.user, invitationId: null } };
}

/** The organization's members, one page, ordered by email (byte order, case-insensitively), then by user. */
export async function listMembers(
  db: Executor,
  access: OrganizationAccess,
  query: MemberQuery,
  page: PageRequest,
): Promise<Page<Member>> {
  authorize(access, 'viewOrganization');
  const conditions = [eq(memberships.organizationId, access.organization.id)];
  if (query.search) conditions.push(containsText([users.email, users.displayName], query.search));
  const where = and(...conditions);
  const result = await paginate(page, byEmail(query.order ?? 'asc'), {
    rows: (position, orderBy, limit, offset) =>
      db
        .select({ membership: memberships, user: users })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(where, position))
        .orderBy(...orderBy)
        .limit(limit)
        .offset(offset),
    total: async () => {
      const [row] = await db
        .select({ total: count() })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(where);
      return row?.total ?? 0;
    },
  });
  return can(access.role, 'viewInvitations') ? result : { ...result, items: result.items.map(withoutInvitation) };
}

/** Members of the organization by user id, for loaders that resolve many at once; other ids are left out. */
export async function findMembersByUserIds(
  db: Executor,
  access: OrganizationAccess,
  userIds: readonly number[],
): Promise<Map<number, Member>> {
  authorize(access, 'viewOrganization');
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ membership: memberships, user: users })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, access.organization.id), inArray(users.id, [...userIds])));
  const members = can(access.role, 'viewInvitations') ? rows : rows.map(withoutInvitation);
  return new Map(members.map((member) => [member.user.id, member]));
}

export async function findMembership(
  db: Executor,
  organizationId: number,
  userId: number,
): Promise<Membership | undefined> {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
  return row;
}

/** Adds the user to the organization with the role, or changes the role of an existing member. No access check. */
export async function putMembership(
  db: Executor,
  organizationId: number,
  userId: number,
  role: Role,
): Promise<Membership> {
  const [row] = await db
    .insert(memberships)
    .values({ organizationId, userId, role })
    .onConflictDoUpdate({ target: [memberships.organizationId, memberships.userId], set: { role } })
    .returning();
  return row!;
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

/** A role as a client sent it: one of the organization roles, else Invalid naming the field. */
export function requireRole(field: string, value: unknown): Role {
  if (typeof value !== 'string' || !(schema.ROLES as readonly string[]).includes(value))
    throw new Invalid(field, `expected one of ${schema.ROLES.join(', ')}`);
  return value as Role;
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
  authorize(access, 'manageMembers');
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
  authorize(access, 'manageMembers');
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

/** Removes the member with this email (any case); an email of no member is NotFound, as an unknown user is. */
export async function removeMemberByEmail(db: Executor, access: OrganizationAccess, email: string): Promise<void> {
  authorize(access, 'manageMembers');
  const user = await findUserByEmail(db, email);
  if (!user) throw new NotFound('member');
  await removeMember(db, access, user.uuid);
}
