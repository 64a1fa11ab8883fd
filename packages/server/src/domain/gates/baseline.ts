import { eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import { NotFound } from '../errors.js';

const { gateBaselines, projects } = schema;

export type Baseline = typeof gateBaselines.$inferSelect;

export async function baselineOf(db: Executor, projectId: number): Promise<Baseline | undefined> {
  const [row] = await db.select().from(gateBaselines).where(eq(gateBaselines.projectId, projectId));
  return row;
}

/** Makes this default-branch analysis the repository's baseline, unless one exists (answers whether it did). */
export async function establishBaseline(db: Executor, baseline: Omit<Baseline, 'createdAt'>): Promise<boolean> {
  const written = await db.insert(gateBaselines).values(baseline).onConflictDoNothing().returning();
  return written.length > 0;
}

/**
 * Clears a repository's baseline (OWNER or ADMIN), answering how many fingerprints it held; the next analysis of the
 * default branch establishes a new one. A repository of another organization is NotFound.
 */
export async function rebuildBaseline(
  db: Executor,
  access: OrganizationAccess,
  projectId: number,
): Promise<{ projectId: number; branch: string; cleared: number }> {
  authorize(access, 'manageGate');
  const [project] = Number.isSafeInteger(projectId)
    ? await db.select().from(projects).where(eq(projects.id, projectId))
    : [];
  if (!project || project.organizationId !== access.organization.id) throw new NotFound('repository');
  const [cleared] = await db.delete(gateBaselines).where(eq(gateBaselines.projectId, projectId)).returning();
  return { projectId, branch: project.defaultBranch, cleared: cleared?.fingerprints ?? 0 };
}
