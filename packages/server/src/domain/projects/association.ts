import { and, eq, isNull } from 'drizzle-orm';
import { inTransaction, schema, type Executor } from '../../store/index.js';
import { Conflict, LimitReached, NotFound } from '../errors.js';
import { requireRole, type OrganizationAccess } from '../orgs/access.js';
import { MANAGING_ROLES } from '../principal.js';
import { countOrganizationProjects } from './count.js';
import { identityIs } from './repositories.js';
import { qualifiedRepositoryName, type RepositoryIdentity } from './identity.js';
import type { Project } from './projects.js';

const { projects } = schema;

/**
 * Moves a repository the user added outside any organization into the organization; a repository already in
 * the organization stays as it is. Anything else (another user's, another organization's) is NotFound.
 */
export async function associateRepository(
  db: Executor,
  access: OrganizationAccess,
  userId: number,
  identity: RepositoryIdentity,
): Promise<Project> {
  requireRole(access, MANAGING_ROLES, 'associating a repository');
  const { organization } = access;
  return inTransaction(db, async (tx) => {
    const [existing] = await tx
      .select()
      .from(projects)
      .where(and(eq(projects.organizationId, organization.id), identityIs(identity)));
    if (existing) return existing;
    const [own] = await tx
      .select()
      .from(projects)
      .where(and(isNull(projects.organizationId), eq(projects.createdByUserId, userId), identityIs(identity)));
    if (!own) throw new NotFound('repository');
    if ((await countOrganizationProjects(tx, organization.id)) >= organization.projectLimit) {
      throw new LimitReached(`the organization has reached its limit of ${organization.projectLimit} projects`);
    }
    const [moved] = await tx
      .update(projects)
      .set({ organizationId: organization.id })
      .where(eq(projects.id, own.id))
      .returning();
    return moved!;
  });
}

/**
 * Takes a repository out of the organization without deleting it: it goes back to the user who added it (or to
 * the caller when nobody did), and the organization's teams lose their access to it.
 */
export async function disassociateRepository(
  db: Executor,
  access: OrganizationAccess,
  userId: number,
  identity: RepositoryIdentity,
): Promise<void> {
  requireRole(access, MANAGING_ROLES, 'disassociating a repository');
  await inTransaction(db, async (tx) => {
    const [project] = await tx
      .select()
      .from(projects)
      .where(and(eq(projects.organizationId, access.organization.id), identityIs(identity)));
    if (!project) throw new NotFound('repository');
    const owner = project.createdByUserId ?? userId;
    // Outside organizations each user has one repository per identity: the owner's own copy blocks the move.
    const [clash] = await tx
      .select({ id: projects.id })
      .from(projects)
      .where(and(isNull(projects.organizationId), eq(projects.createdByUserId, owner), identityIs(identity)));
    if (clash)
      throw new Conflict(
        `the user already has a repository ${qualifiedRepositoryName(identity)} outside any organization`,
      );
    await tx.delete(schema.teamProjects).where(eq(schema.teamProjects.projectId, project.id));
    await tx.update(projects).set({ organizationId: null, createdByUserId: owner }).where(eq(projects.id, project.id));
  });
}
