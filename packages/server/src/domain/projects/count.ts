import { count, eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';

export async function countOrganizationProjects(db: Executor, organizationId: number): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(schema.projects)
    .where(eq(schema.projects.organizationId, organizationId));
  return row?.total ?? 0;
}
