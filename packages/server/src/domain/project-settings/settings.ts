import { eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { authorize, isOrganizationAccess, type Action, type Principal } from '../access/index.js';
import { requireRef } from '../analyses/index.js';
import { Conflict, Invalid } from '../errors.js';
import { projectForCaller, type Project } from '../projects/index.js';

const { projects } = schema;

/** The longest description a project keeps. */
export const MAX_DESCRIPTION_LENGTH = 2000;

/** A description as kept: trimmed, at most MAX_DESCRIPTION_LENGTH characters. */
export function requireDescription(description: string): string {
  if (description.length > MAX_DESCRIPTION_LENGTH)
    throw new Invalid('description', `at most ${MAX_DESCRIPTION_LENGTH} characters, got ${description.length}`);
  return description.trim();
}

/** The project as its administrator may change it: OWNER or ADMIN of its organization, or its owner outside any. */
async function administeredProject(
  db: Executor,
  principal: Principal,
  projectId: number,
  action: Action,
): Promise<Project> {
  const { project, access } = await projectForCaller(db, principal, projectId);
  if (isOrganizationAccess(access)) authorize(access, action);
  return project;
}

async function update(db: Executor, project: Project, values: Partial<Project>): Promise<Project> {
  const [row] = await db.update(projects).set(values).where(eq(projects.id, project.id)).returning();
  return row!;
}

/** Starts tracking a branch: its pushes are analyzed (docs/git-sources.md). Tracking it twice changes nothing. */
export async function addTrackedBranch(
  db: Executor,
  principal: Principal,
  projectId: number,
  branch: string,
): Promise<Project> {
  const project = await administeredProject(db, principal, projectId, 'manageProject');
  const name = requireRef('branch', branch);
  if (name === project.defaultBranch || project.trackedBranches.includes(name)) return project;
  return update(db, project, { trackedBranches: [...project.trackedBranches, name] });
}

/** Stops tracking a branch; the default branch is always analyzed, so it cannot be removed. */
export async function removeTrackedBranch(
  db: Executor,
  principal: Principal,
  projectId: number,
  branch: string,
): Promise<Project> {
  const project = await administeredProject(db, principal, projectId, 'manageProject');
  const name = requireRef('branch', branch);
  if (name === project.defaultBranch)
    throw new Conflict(`${name} is the default branch: make another branch the default before removing it`);
  if (!project.trackedBranches.includes(name))
    throw new Invalid('branch', `one of the project's tracked branches (${project.trackedBranches.join(', ')})`);
  return update(db, project, { trackedBranches: project.trackedBranches.filter((tracked) => tracked !== name) });
}

/** Makes a branch the default one (analyzed when no branch is named); the former default stays tracked. */
export async function changeDefaultBranch(
  db: Executor,
  principal: Principal,
  projectId: number,
  branch: string | null | undefined,
): Promise<Project> {
  const project = await administeredProject(db, principal, projectId, 'manageProject');
  if (branch == null) throw new Invalid('branch', 'the name of the new default branch');
  const name = requireRef('branch', branch);
  if (name === project.defaultBranch) return project;
  const tracked = [project.defaultBranch, ...project.trackedBranches].filter((tracked) => tracked !== name);
  return update(db, project, { defaultBranch: name, trackedBranches: [...new Set(tracked)] });
}

/** Sets the project's description (an empty one clears it). */
export async function updateProjectDescription(
  db: Executor,
  principal: Principal,
  projectId: number,
  description: string,
): Promise<Project> {
  const project = await administeredProject(db, principal, projectId, 'manageProject');
  return update(db, project, { description: requireDescription(description) });
}

/**
 * Deletes the project and everything kept for it: analyses, their findings and issues, compares, ignores, tokens,
 * webhooks, reports and team grants (each table's foreign key or delete trigger follows the project).
 */
export async function deleteProject(db: Executor, principal: Principal, projectId: number): Promise<Project> {
  const project = await administeredProject(db, principal, projectId, 'deleteProject');
  await db.delete(projects).where(eq(projects.id, project.id));
  return project;
}
