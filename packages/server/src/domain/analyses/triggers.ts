import type { Executor } from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import { Conflict } from '../errors.js';
import { findProjectByReference, type Project } from '../projects/index.js';
import type { Analysis, ScanType } from './analyses.js';
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
