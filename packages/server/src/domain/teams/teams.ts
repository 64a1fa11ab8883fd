import { and, asc, count, eq } from 'drizzle-orm';
import { rankedBy, schema, type Executor } from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import { Conflict, NotFound } from '../errors.js';
import { rowByUuid, rowsByIds } from '../lookups.js';
import { pageOfTable, type Keyset, type Page, type PageRequest } from '../paging.js';
import { requireName, requireOneOf } from '../validate.js';

export type Team = typeof schema.teams.$inferSelect;
export type TeamAccess = (typeof schema.TEAM_ACCESS)[number];

const { teams, teamMembers, teamProjects } = schema;

const byName: Keyset<Team> = {
  columns: [
    { column: teams.name, text: true },
    { column: teams.id, text: false },
  ],
  valuesOf: (team) => [team.name, team.id],
};

export async function createTeam(db: Executor, access: OrganizationAccess, input: { name: unknown }): Promise<Team> {
  authorize(access, 'manageTeams');
  const name = requireName('name', input.name);
  const [row] = await db
    .insert(teams)
    .values({ organizationId: access.organization.id, name })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new Conflict(`a team named ${name} already exists`);
  return row;
}

/** A team of the organization by uuid; another organization's team, or a malformed uuid, is NotFound. */
export async function findTeam(db: Executor, access: OrganizationAccess, teamUuid: string): Promise<Team> {
  authorize(access, 'viewOrganization');
  return rowByUuid(db, teams, eq(teams.organizationId, access.organization.id), teamUuid, 'team');
}

/** Teams of the organization by id, for loaders that resolve many at once; other ids are left out. */
export async function findTeamsByIds(
  db: Executor,
  access: OrganizationAccess,
  ids: readonly number[],
): Promise<Map<number, Team>> {
  authorize(access, 'viewOrganization');
  return rowsByIds(db, teams, eq(teams.organizationId, access.organization.id), ids);
}

/** Deletes a team; its memberships and repository permissions go with it. */
export async function deleteTeam(db: Executor, access: OrganizationAccess, teamUuid: string): Promise<void> {
  authorize(access, 'manageTeams');
  const team = await findTeam(db, access, teamUuid);
  await db.delete(teams).where(and(eq(teams.id, team.id), eq(teams.organizationId, access.organization.id)));
}

/** The organization's teams, one page, ordered by name (byte order), then by creation. */
export async function listTeams(db: Executor, access: OrganizationAccess, page: PageRequest): Promise<Page<Team>> {
  authorize(access, 'viewOrganization');
  return pageOfTable(db, teams, eq(teams.organizationId, access.organization.id), byName, page);
}

export async function countTeamMembers(db: Executor, access: OrganizationAccess, team: Team): Promise<number> {
  authorize(access, 'viewOrganization');
  if (team.organizationId !== access.organization.id) throw new NotFound('team');
  const [row] = await db.select({ total: count() }).from(teamMembers).where(eq(teamMembers.teamId, team.id));
  return row?.total ?? 0;
}

async function findTeamByName(db: Executor, organizationId: number, name: string): Promise<Team | undefined> {
  const [row] = await db
    .select()
    .from(teams)
    .where(and(eq(teams.organizationId, organizationId), eq(teams.name, name)));
  return row;
}

/**
 * The organization's team with this name, created when there is none; a concurrent creation is found, not
 * duplicated.
 */
export async function ensureTeam(db: Executor, organizationId: number, name: string): Promise<Team> {
  const existing = await findTeamByName(db, organizationId, name);
  if (existing) return existing;
  const [row] = await db.insert(teams).values({ organizationId, name }).onConflictDoNothing().returning();
  return row ?? (await findTeamByName(db, organizationId, name))!;
}

export async function addTeamMember(db: Executor, team: Team, userId: number): Promise<void> {
  await db.insert(teamMembers).values({ teamId: team.id, userId }).onConflictDoNothing();
}

/** Grants (or changes) a team's access to a project of the same organization. */
export async function putTeamProjectAccess(
  db: Executor,
  team: Team,
  project: { id: number; organizationId: number | null },
  access: unknown,
): Promise<void> {
  const level = requireOneOf('access', access, schema.TEAM_ACCESS);
  if (project.organizationId !== team.organizationId) throw new NotFound('repository');
  await db
    .insert(teamProjects)
    .values({ teamId: team.id, projectId: project.id, access: level })
    .onConflictDoUpdate({ target: [teamProjects.teamId, teamProjects.projectId], set: { access: level } });
}

/** The team a project belongs to, where a surface shows one: the strongest access, then the oldest link. */
export async function findProjectTeam(
  db: Executor,
  access: OrganizationAccess,
  project: { id: number; organizationId: number | null },
): Promise<Team | undefined> {
  authorize(access, 'viewOrganization');
  if (project.organizationId !== access.organization.id) throw new NotFound('project');
  const [row] = await db
    .select({ team: teams })
    .from(teamProjects)
    .innerJoin(teams, eq(teams.id, teamProjects.teamId))
    .where(eq(teamProjects.projectId, project.id))
    .orderBy(rankedBy(teamProjects.access, schema.TEAM_ACCESS), asc(teamProjects.createdAt), asc(teams.id))
    .limit(1);
  return row?.team;
}
