import { and, asc, eq, inArray } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { Project, Provider } from './projects.js';

/**
 * The organization's project with this name, optionally among some providers only. Names are unique per owner,
 * not per organization: when several projects share the name, the oldest wins so the answer never changes.
 */
export async function findOrganizationProjectByName(
  db: Executor,
  organizationId: number,
  name: string,
  providers?: readonly Provider[],
): Promise<Project | undefined> {
  const [row] = await db
    .select()
    .from(schema.projects)
    .where(
      and(
        eq(schema.projects.organizationId, organizationId),
        eq(schema.projects.name, name),
        providers ? inArray(schema.projects.provider, [...providers]) : undefined,
      ),
    )
    .orderBy(asc(schema.projects.id))
    .limit(1);
  return row;
}
