import { and, count, eq } from 'drizzle-orm';
import { inTransaction, schema, type Executor } from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import { NotFound } from '../errors.js';
import { findMembership, putMembership } from '../orgs/members.js';
import { paginate, type Keyset, type Page, type PageRequest } from '../paging.js';
import { findOrCreateUser, type User } from '../users/users.js';
import { isUuid } from '../validate.js';
import { addTeamMember, type Team } from './teams.js';

const { teamMembers, users } = schema;

const byEmail: Keyset<User> = {
  columns: [
    { column: users.emailKey, text: true },
    { column: users.id, text: false },
  ],
  valuesOf: (user) => [user.emailKey, user.id],
};

function requireOwnTeam(access: OrganizationAccess, team: Team): void {
  if (team.organizationId !== access.organization.id) throw new NotFound('team');
}

/** The team's members, one page, ordered by email (byte order, case-insensitively), then by user. */
export async function listTeamMembers(
  db: Executor,
  access: OrganizationAccess,
  team: Team,
  page: PageRequest,
): Promise<Page<User>> {
  authorize(access, 'viewOrganization');
  requireOwnTeam(access, team);
  const ofTeam = eq(teamMembers.teamId, team.id);
  return paginate(page, byEmail, {
    rows: async (position, orderBy, limit, offset) =>
      (
        await db
          .select({ user: users })
          .from(teamMembers)
          .innerJoin(users, eq(users.id, teamMembers.userId))
          .where(and(ofTeam, position))
          .orderBy(...orderBy)
          .limit(limit)
          .offset(offset)
      ).map((row) => ({ ...row.user, invitationId: null })),
    total: async () => (await db.select({ total: count() }).from(teamMembers).where(ofTeam))[0]?.total ?? 0,
  });
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
  authorize(access, 'manageTeams');
  requireOwnTeam(access, team);
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
  authorize(access, 'manageTeams');
  requireOwnTeam(access, team);
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
