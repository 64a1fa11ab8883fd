import type { AnalysisView } from '../../../domain/analyses/index.js';
import { findReadableAnalyses } from '../../../domain/analyses/index.js';
import { NotFound } from '../../../domain/errors.js';
import type { Project } from '../../../domain/projects/index.js';
import { analysisStatus, projectStatusOfGrade } from '../views.js';
import type { CodigaContext, Resolvers } from './types.js';

/** What every Analysis field reads: the analysis, its index's figures (null until it completed), its project. */
export type AnalysisParent = AnalysisView & { project: Project };

const seconds = (from: Date, to: Date): number => Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

/** The file-level error types of the engine, as Codiga's AnalysisErrorType values, once each. */
function errorTypes(errors: unknown): string[] {
  if (!Array.isArray(errors)) return [];
  return [
    ...new Set(errors.map((error: { type?: unknown }) => (typeof error.type === 'string' ? error.type : 'Unknown'))),
  ];
}

/** An analysis and its results' figures; the lists (violations, duplicates, functions, tree) have their own modules. */
export const analysisResolvers: Resolvers = {
  Query: {
    analysis: async (_parent, args: { id: number }, context: CodigaContext) => {
      const found = (await findReadableAnalyses(context.db, context.caller, [args.id])).get(args.id);
      if (!found) throw new NotFound('analysis');
      return found;
    },
  },
  Analysis: {
    id: ({ analysis }: AnalysisParent) => analysis.id,
    status: ({ analysis }: AnalysisParent) => analysisStatus(analysis.state),
    startTimestamp: ({ analysis }: AnalysisParent) => (analysis.startedAt ?? analysis.createdAt).getTime(),
    runningTimeSeconds: ({ analysis, index }: AnalysisParent) =>
      index?.runningTimeSeconds ??
      (analysis.startedAt ? seconds(analysis.startedAt, analysis.finishedAt ?? new Date()) : 0),
    revision: ({ analysis }: AnalysisParent) => analysis.revision,
    repoRevision: ({ analysis }: AnalysisParent) => analysis.revision,
    repoBranch: ({ analysis }: AnalysisParent) => analysis.branch,
    repoUrl: ({ project }: AnalysisParent) => project.gitUrl,
    repoUsername: () => null,
    level: () => 'Team',
    tooManySlocs: () => false,
    slocs: ({ index }: AnalysisParent) => index?.slocs ?? 0,
    summary: ({ index }: AnalysisParent) => index?.summary ?? {},
    stats: ({ index }: AnalysisParent) => index?.stats ?? [],
    errors: ({ index }: AnalysisParent) => errorTypes(index?.errors),
    techdebt: ({ index }: AnalysisParent) => {
      const techdebt = (index?.techdebt ?? {}) as Record<string, unknown>;
      return { ...techdebt, grade: projectStatusOfGrade(techdebt.grade) };
    },
  },
};
