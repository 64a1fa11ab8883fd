import { findReadableAnalyses, type Analysis } from '../../../domain/analyses/index.js';
import { findCompare, requestCompare, type Compare, type CompareRequest } from '../../../domain/compares/index.js';
import { CodigaError } from '../errors.js';
import { analysisStatus, scmKind } from '../views.js';
import type { CodigaContext, Resolvers } from './types.js';

/** A comparison is as far along as its slower analysis: Error when either ended without results. */
function compareStatus(compare: Compare): string {
  const statuses = [analysisStatus(compare.source.state), analysisStatus(compare.target.state)];
  for (const status of ['Error', 'Scheduled', 'Started', 'InProgress']) if (statuses.includes(status)) return status;
  return 'Done';
}

/** When the later of its analyses ended, epoch ms; 0 until both are done. */
const completionTime = (compare: Compare): number =>
  compareStatus(compare) === 'Done'
    ? Math.max(compare.source.finishedAt?.getTime() ?? 0, compare.target.finishedAt?.getTime() ?? 0)
    : 0;

/** How git says a branch or revision is not in the repository (git/revisions.ts). */
const NOT_IN_REPOSITORY = /not found in the repository/;
/** How a fetch says the host refused the credentials: a wrong password (git/errors.ts). */
const CREDENTIALS_REFUSED = /refused the credentials|authentication failed/i;

/**
 * One of the comparison's analyses as an Analysis, with its results' figures; null with NOT_FOUND, naming the side,
 * when it failed because the repository has no such branch or revision.
 */
async function analysisOf(context: CodigaContext, side: 'source' | 'target', analysis: Analysis) {
  if (analysis.state === 'failed' && analysis.error && NOT_IN_REPOSITORY.test(analysis.error))
    throw new CodigaError('NOT_FOUND', `the ${side} of the comparison cannot be analyzed: ${analysis.error}`);
  if (analysis.state === 'failed' && analysis.error && CREDENTIALS_REFUSED.test(analysis.error))
    throw new CodigaError('FORBIDDEN', `the ${side} of the comparison cannot be fetched: ${analysis.error}`);
  return (await findReadableAnalyses(context.db, context.caller, [analysis.id])).get(analysis.id) ?? null;
}

/**
 * Codiga's comparisons: `createCompareAnalysis` queues the analyses of two revisions not analyzed yet, and
 * `analysisCompare(id)` answers the comparison with both analyses, its status following theirs. A password is sealed
 * for its fetch alone (domain/compares) and never answered back.
 */
export const compareResolvers: Resolvers = {
  Query: {
    analysisCompare: (_root, args: { id: number }, context: CodigaContext) =>
      findCompare(context.db, context.caller, args.id),
  },
  Mutation: {
    createCompareAnalysis: async (_root, args: CompareRequest, context: CodigaContext) => {
      const { compare } = await requestCompare(context.db, context.queue, context.caller.principal, args, context.seal);
      // Read back as the query reads it: a worker may have taken an analysis already.
      return findCompare(context.db, context.caller, compare.id);
    },
  },
  AnalysisCompare: {
    id: ({ compare }: Compare) => compare.id,
    status: compareStatus,
    completion_time: completionTime,
    tags: () => null,
    sourceKind: ({ project }: Compare) => scmKind(project.provider),
    sourceUrl: ({ project }: Compare) => project.gitUrl ?? '',
    sourceUsername: () => null,
    sourcePassword: () => null,
    sourceBranch: ({ compare, source }: Compare) => compare.sourceBranch ?? source.branch,
    sourceRevision: ({ compare, source }: Compare) => source.revision ?? compare.sourceRevision,
    targetKind: ({ targetProject }: Compare) => scmKind(targetProject.provider),
    targetUrl: ({ targetProject }: Compare) => targetProject.gitUrl ?? '',
    targetUsername: ({ compare }: Compare) => compare.targetUsername,
    targetPassword: () => null,
    targetBranch: ({ compare, target }: Compare) => compare.targetBranch ?? target.branch,
    targetRevision: ({ compare, target }: Compare) => target.revision ?? compare.targetRevision,
    sourceAnalysis: ({ source }: Compare, _args, context: CodigaContext) => analysisOf(context, 'source', source),
    targetAnalysis: ({ target }: Compare, _args, context: CodigaContext) => analysisOf(context, 'target', target),
  },
};
