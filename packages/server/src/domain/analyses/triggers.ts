import type { Executor } from '../../store/index.js';
import { authorize, isOrganizationAccess, type OrganizationAccess, type Principal } from '../access/index.js';
import { Conflict } from '../errors.js';
import { findProjectByReference, projectForCaller, type Project } from '../projects/index.js';
import { requireRef, type Analysis, type ScanType } from './analyses.js';
import { requestAnalysis, type AnalysisQueue } from './queue.js';

/**
 * The organization's repository with this id, when the caller may ask for its analysis (OWNER, ADMIN, EDITOR);
 * another organization's, or none, is NotFound, and one without a git URL cannot be fetched (Conflict).
 */
export async function triggerableRepository(db: Executor, access: OrganizationAccess, id: number): Promise<Project> {
  const project = await findProjectByReference(db, access, String(id));
  authorize(access, 'requestAnalysis');
  if (!project.gitUrl) throw new Conflict('the repository has no git URL to fetch its code from');
  return project;
}

/** Queues a scan of the repository's default branch head (CodeStax's trigger), smart or deep. */
export function triggerScan(
  db: Executor,
  queue: AnalysisQueue,
  access: OrganizationAccess,
  project: Project,
  type: ScanType,
): Promise<Analysis> {
  return requestAnalysis(db, queue, project, {
    kind: 'branch',
    branch: project.defaultBranch,
    scanType: type,
    requestedByUserId: access.principal.user?.id ?? null,
  });
}

/**
 * Queues an analysis of a branch's head (the project's default branch when none is named) of the project with this
 * id, for a caller who may ask for analyses (OWNER, ADMIN, EDITOR; a project's owner outside organizations).
 */
export async function scheduleBranchAnalysis(
  db: Executor,
  queue: AnalysisQueue,
  principal: Principal,
  request: { projectId: number; branch?: string | null | undefined },
): Promise<Analysis> {
  const { project, access } = await projectForCaller(db, principal, request.projectId);
  if (isOrganizationAccess(access)) authorize(access, 'requestAnalysis');
  const branch = requireRef('branch', request.branch ?? project.defaultBranch);
  if (!project.gitUrl) throw new Conflict('the project has no git URL to fetch its code from');
  return requestAnalysis(db, queue, project, { kind: 'branch', branch, requestedByUserId: principal.user?.id ?? null });
}
