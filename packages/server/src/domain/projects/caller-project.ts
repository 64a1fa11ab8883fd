import { eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { organizationAccess, type OrganizationAccess, type PersonalAccess, type Principal } from '../access/index.js';
import { NotFound } from '../errors.js';
import type { Project } from './projects.js';

/** A project named by its numeric id, with the access the caller has to it. */
export interface CallerProject {
  project: Project;
  /** The caller's access to the project's organization, or their own access to a project outside organizations. */
  access: OrganizationAccess | PersonalAccess;
}

/**
 * The project with this numeric id (Codiga's `projectId`) as the caller may see it: one of an organization they do
 * not belong to, or another user's own, is NotFound, never Forbidden.
 */
export async function projectForCaller(db: Executor, principal: Principal, projectId: number): Promise<CallerProject> {
  const [row] = Number.isSafeInteger(projectId)
    ? await db
        .select({ project: schema.projects, slug: schema.organizations.slug })
        .from(schema.projects)
        .leftJoin(schema.organizations, eq(schema.organizations.id, schema.projects.organizationId))
        .where(eq(schema.projects.id, projectId))
    : [];
  if (!row) throw new NotFound('project');
  if (row.slug !== null) {
    // Not a member: the project is what was asked for, so it is the project that is not found.
    const access = await organizationAccess(db, principal, row.slug).catch((error: unknown) => {
      throw error instanceof NotFound ? new NotFound('project') : error;
    });
    return { project: row.project, access };
  }
  const user = principal.user;
  if (!user || row.project.createdByUserId !== user.id) throw new NotFound('project');
  return { project: row.project, access: { principal, user } };
}
