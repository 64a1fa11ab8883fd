import { latestCompleted, type Analysis } from '../analyses/index.js';
import type { Executor } from '../../store/index.js';
import { baselineOf } from './baseline.js';
import { revisionOf } from './new-coverage.js';

/**
 * The revision the gate will take an analysis's new code against, as far as it is known before its results are
 * stored: a pull request's base branch's latest analysis, else the repository's baseline. Undefined when there is
 * none (the analysis about to establish the baseline has no new code; a branch without a baseline is all new).
 */
export async function gateReferenceRevision(
  db: Executor,
  // No id: an analysis not recorded yet (`plumb scan` asks before it uploads).
  analysis: Pick<Analysis, 'projectId' | 'kind' | 'pullRequest' | 'baseBranch'> & { id?: number },
  defaultBranch: string,
): Promise<string | undefined> {
  if (analysis.kind === 'pull_request' || analysis.pullRequest !== null)
    return (
      (await latestCompleted(db, analysis.projectId, analysis.baseBranch ?? defaultBranch, analysis.id))?.revision ??
      undefined
    );
  const baseline = await baselineOf(db, analysis.projectId);
  return baseline ? revisionOf(db, baseline.analysisId) : undefined;
}

/**
 * For `plumb scan`, before it uploads: the revision a coming upload's new code is taken against (a pull request's,
 * with its base branch, else the branch's), so the client can diff its checkout against it; undefined when none.
 */
export async function uploadReferenceRevision(
  db: Executor,
  projectId: number,
  defaultBranch: string,
  pullRequest: { pullRequest: number; baseBranch: string } | undefined,
): Promise<string | undefined> {
  return gateReferenceRevision(
    db,
    pullRequest
      ? { projectId, kind: 'upload', ...pullRequest }
      : { projectId, kind: 'upload', pullRequest: null, baseBranch: null },
    defaultBranch,
  );
}
