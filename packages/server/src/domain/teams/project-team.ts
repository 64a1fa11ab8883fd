import { asc, eq, sql } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { Team } from './teams.js';

/** Strongest access first, so a project's owning team wins over teams that only view it. */
const ACCESS_RANK = sql`case ${schema.teamProjects.access} when 'admin' then 0 when 'developer' then 1 else 2 end`;

/** The team a project belongs to, for surfaces where a project has exactly one: the team with the strongest access, then the oldest. */
export async function findProjectTeam(db: Executor, projectId: number): Promise<Team | undefined> {
  const [row] = await db
    .select({ team: schema.teams })
    .from(schema.teamProjects)
    .innerJoin(schema.teams, eq(schema.teams.id, schema.teamProjects.teamId))
    .where(eq(schema.teamProjects.projectId, projectId))
    .orderBy(ACCESS_RANK, asc(schema.teamProjects.createdAt), asc(schema.teams.id))
    .limit(1);
  return row?.team;
}
