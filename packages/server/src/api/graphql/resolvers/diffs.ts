import type { AnalysisDiff, Finding } from '@plumb/engine';
import { analysisFacts, diffOfFacts, findReadableAnalyses } from '../../../domain/analyses/index.js';
import { Invalid, NotFound } from '../../../domain/errors.js';
import type { AnalysisParent } from './analyses.js';
import type { CodigaContext, Resolvers } from './types.js';
import { violationView } from './violations.js';

const violationOf = (finding: Finding) => violationView({ ...finding, fingerprint: finding.uniqueIdentifier });

/** Codiga's AnalysisDiff: the engine's, its findings as Violations (functions and duplicates have Codiga's fields). */
export const diffView = (diff: AnalysisDiff) => ({
  ...diff,
  addedViolations: diff.addedViolations.map(violationOf),
  removedViolations: diff.removedViolations.map(violationOf),
});

/** The results of an analysis the caller may read, or a refusal naming the argument. */
async function completedFacts(context: CodigaContext, field: string, id: number) {
  const facts = await analysisFacts(context.db, id);
  if (!facts) throw new Invalid(field, `a completed analysis; analysis ${id} has no results yet`);
  return facts;
}

/**
 * `analysisDiff(source, target)`: what `target` added and removed against `source`, two analyses of one project;
 * `Analysis.diffFromPrevious`: against the analysis the tracker compared it with (its branch's previous one).
 */
export const diffResolvers: Resolvers = {
  Query: {
    analysisDiff: async (_root, args: { source: number; target: number }, context: CodigaContext) => {
      const found = await findReadableAnalyses(context.db, context.caller, [args.source, args.target]);
      const source = found.get(args.source);
      const target = found.get(args.target);
      if (!source) throw new NotFound('analysis');
      if (!target) throw new NotFound('analysis');
      if (source.project.id !== target.project.id)
        throw new Invalid('target', `an analysis of the project of source (${source.project.id})`);
      const [sourceFacts, targetFacts] = [
        await completedFacts(context, 'source', source.analysis.id),
        await completedFacts(context, 'target', target.analysis.id),
      ];
      return diffView(diffOfFacts(sourceFacts, targetFacts));
    },
  },
  Analysis: {
    diffFromPrevious: async ({ analysis, index }: AnalysisParent, _args, context: CodigaContext) => {
      if (!index || analysis.baseAnalysisId === null) return null;
      const [previous, current] = [
        await analysisFacts(context.db, analysis.baseAnalysisId),
        await analysisFacts(context.db, analysis.id),
      ];
      return previous && current ? diffView(diffOfFacts(previous, current)) : null;
    },
  },
};
