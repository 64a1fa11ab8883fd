// Asking for a code review of a server-side repository: the pull request's analysis, and its base's when it has none.
import { authorize, isOrganizationAccess, type Principal } from '../access/index.js';
import { requestAnalysis, requireRef, type Analysis, type AnalysisQueue } from '../analyses/index.js';
import { Conflict, Invalid } from '../errors.js';
import { projectForCaller, type Project } from '../projects/index.js';
import type { Executor } from '../../store/index.js';
import { latestUsableOfBranch } from './reviews.js';

export interface CodeReviewRequest {
  projectId: number;
  /** The pull request's number: its analyses share one tracking scope (`pull/<n>`). */
  pullRequest: number;
  /** The head branch. */
  sourceBranch: string;
  /** The branch it targets; the project's default branch when not given. */
  targetBranch?: string | null;
}

const MAX_PULL_REQUEST = 2_147_483_647;

/**
 * Queues the analysis of a pull request's head branch (a code review) against its target branch, and an analysis of
 * the target branch first when it has none, so the review's new code has a base. Who may ask for an analysis may.
 */
export async function requestCodeReview(
  db: Executor,
  queue: AnalysisQueue,
  principal: Principal,
  request: CodeReviewRequest,
): Promise<{ analysis: Analysis; project: Project }> {
  const { project, access } = await projectForCaller(db, principal, request.projectId);
  if (isOrganizationAccess(access)) authorize(access, 'requestAnalysis');
  if (!Number.isSafeInteger(request.pullRequest) || request.pullRequest < 1 || request.pullRequest > MAX_PULL_REQUEST)
    throw new Invalid('pullRequest', `a pull request number from 1 to ${MAX_PULL_REQUEST}`);
  const sourceBranch = requireRef('sourceBranch', request.sourceBranch);
  const targetBranch = requireRef('targetBranch', request.targetBranch ?? project.defaultBranch);
  if (!project.gitUrl) throw new Conflict('the project has no git URL to fetch its code from');
  const requestedByUserId = principal.user?.id ?? null;
  if (!(await latestUsableOfBranch(db, project.id, targetBranch)))
    await requestAnalysis(db, queue, project, { kind: 'branch', branch: targetBranch, requestedByUserId });
  const analysis = await requestAnalysis(db, queue, project, {
    kind: 'pull_request',
    branch: sourceBranch,
    pullRequest: request.pullRequest,
    baseBranch: targetBranch,
    requestedByUserId,
  });
  return { analysis, project };
}
