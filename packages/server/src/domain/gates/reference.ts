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
  analysis: Pick<Analysis, 'id' | 'projectId' | 'kind' | 'pullRequest' | 'baseBranch'>,
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
