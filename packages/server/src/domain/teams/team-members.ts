import { and, asc, count, eq } from 'drizzle-orm';
import { inTransaction, schema, type Executor } from '../../store/index.js';
import { NotFound } from '../errors.js';
import { requireRole, type OrganizationAccess } from '../orgs/access.js';
import { findMembership, putMembership } from '../orgs/memberships.js';
import type { Page, PageRequest } from '../paging.js';
import { MANAGING_ROLES } from '../principal.js';
import { findOrCreateUser, type User } from '../users/users.js';
import { isUuid } from '../uuid.js';
import { addTeamMember, type Team } from './teams.js';

const { teamMembers, users } = schema;

/** The team's members, one page, ordered by email (case-insensitively), then by user. */
export async function listTeamMembers(db: Executor, team: Team, page: PageRequest): Promise<Page<User>> {
  const rows = await db
    .select({ user: users })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(eq(teamMembers.teamId, team.id))
    .orderBy(asc(users.emailKey), asc(users.id))
    .limit(page.limit)
    .offset(page.offset);
  const [counted] = await db.select({ total: count() }).from(teamMembers).where(eq(teamMembers.teamId, team.id));
  return { items: rows.map((row) => row.user), total: counted?.total ?? 0 };
}

/**
 * Adds a user to the team by email. Someone outside the organization joins it as a VIEWER first
 * (an unknown email becomes an invited user), since teams only hold members of their organization.
 */
export async function addTeamMemberByEmail(
  db: Executor,
  access: OrganizationAccess,
  team: Team,
  email: unknown,
): Promise<User> {
  requireRole(access, MANAGING_ROLES, 'managing teams');
  return inTransaction(db, async (tx) => {
    const { user } = await findOrCreateUser(tx, { email, status: 'invited' });
    if (!(await findMembership(tx, team.organizationId, user.id)))
      await putMembership(tx, team.organizationId, user.id, 'VIEWER');
    await addTeamMember(tx, team, user.id);
    return user;
  });
}

export async function removeTeamMember(
  db: Executor,
  access: OrganizationAccess,
  team: Team,
  userUuid: string,
): Promise<void> {
  requireRole(access, MANAGING_ROLES, 'managing teams');
  if (!isUuid(userUuid)) throw new NotFound('team member');
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.uuid, userUuid));
  const removed = user
    ? await db
        .delete(teamMembers)
        .where(and(eq(teamMembers.teamId, team.id), eq(teamMembers.userId, user.id)))
        .returning({ userId: teamMembers.userId })
    : [];
  if (removed.length === 0) throw new NotFound('team member');
}
