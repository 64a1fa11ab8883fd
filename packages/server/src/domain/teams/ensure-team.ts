import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { requireName } from '../validate.js';
import type { Team } from './teams.js';

export async function findTeamByName(db: Executor, organizationId: number, name: string): Promise<Team | undefined> {
  const [row] = await db
    .select()
    .from(schema.teams)
    .where(and(eq(schema.teams.organizationId, organizationId), eq(schema.teams.name, name)));
  return row;
}

/** The organization's team with this name, created when there is none; a concurrent creation is found, not duplicated. */
export async function ensureTeam(
  db: Executor,
  organizationId: number,
  input: { name: unknown },
): Promise<{ team: Team; created: boolean }> {
  const name = requireName('teamName', input.name);
  const existing = await findTeamByName(db, organizationId, name);
  if (existing) return { team: existing, created: false };
  const [row] = await db.insert(schema.teams).values({ organizationId, name }).onConflictDoNothing().returning();
  if (row) return { team: row, created: true };
  return { team: (await findTeamByName(db, organizationId, name))!, created: false };
}
