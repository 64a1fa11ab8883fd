import { inArray } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { User } from './users.js';

/**
 * The users who created the projects the caller was already given (a loader's batch), by user id, in one query:
 * Codiga's `Project.owner`. Someone who may read a project may see who created it.
 */
export async function findProjectCreators(
  db: Executor,
  projects: readonly { createdByUserId: number | null }[],
): Promise<Map<number, User>> {
  const ids = [
    ...new Set(projects.flatMap((project) => (project.createdByUserId === null ? [] : [project.createdByUserId]))),
  ];
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(schema.users).where(inArray(schema.users.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}
