import { and, count, eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { NotFound } from '../errors.js';
import { requireRole, type OrganizationAccess } from '../orgs/access.js';
import { MANAGING_ROLES } from '../principal.js';
import { isUuid } from '../uuid.js';
import { createTeam, getTeam, type Team } from './teams.js';

/** A team of the organization by uuid; another organization's team, or a malformed uuid, is NotFound. */
export async function findTeam(db: Executor, organizationId: number, teamUuid: string): Promise<Team> {
  if (!isUuid(teamUuid)) throw new NotFound('team');
  return getTeam(db, organizationId, teamUuid);
}

export async function createTeamAs(db: Executor, access: OrganizationAccess, input: { name: unknown }): Promise<Team> {
  requireRole(access, MANAGING_ROLES, 'managing teams');
  return createTeam(db, access.organization.id, input);
}

/** Deletes a team; its memberships and repository permissions go with it. */
export async function deleteTeam(db: Executor, access: OrganizationAccess, teamUuid: string): Promise<void> {
  requireRole(access, MANAGING_ROLES, 'managing teams');
  const team = await findTeam(db, access.organization.id, teamUuid);
  await db
    .delete(schema.teams)
    .where(and(eq(schema.teams.id, team.id), eq(schema.teams.organizationId, access.organization.id)));
}

export async function countTeamMembers(db: Executor, teamId: number): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(schema.teamMembers)
    .where(eq(schema.teamMembers.teamId, teamId));
  return row?.total ?? 0;
}
