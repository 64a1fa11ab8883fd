import { and, asc, eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { Conflict, NotFound } from '../errors.js';
import { requireName, requireOneOf } from '../validate.js';

export type Team = typeof schema.teams.$inferSelect;
export type TeamAccess = (typeof schema.TEAM_ACCESS)[number];

export async function createTeam(db: Executor, organizationId: number, input: { name: unknown }): Promise<Team> {
  const name = requireName('name', input.name);
  const [row] = await db.insert(schema.teams).values({ organizationId, name }).onConflictDoNothing().returning();
  if (!row) throw new Conflict(`a team named ${name} already exists`);
  return row;
}

export async function getTeam(db: Executor, organizationId: number, teamUuid: string): Promise<Team> {
  const [row] = await db
    .select()
    .from(schema.teams)
    .where(and(eq(schema.teams.organizationId, organizationId), eq(schema.teams.uuid, teamUuid)));
  if (!row) throw new NotFound('team');
  return row;
}

export async function listTeams(db: Executor, organizationId: number): Promise<Team[]> {
  return db
    .select()
    .from(schema.teams)
    .where(eq(schema.teams.organizationId, organizationId))
    .orderBy(asc(schema.teams.name), asc(schema.teams.id));
}

export async function addTeamMember(db: Executor, team: Team, userId: number): Promise<void> {
  await db.insert(schema.teamMembers).values({ teamId: team.id, userId }).onConflictDoNothing();
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
    .insert(schema.teamProjects)
    .values({ teamId: team.id, projectId: project.id, access: level })
    .onConflictDoUpdate({
      target: [schema.teamProjects.teamId, schema.teamProjects.projectId],
      set: { access: level },
    });
}
