import { countProjectAnalyses, listProjectAnalyses, type AnalysisFilter } from '../../../domain/analyses/index.js';
import { Invalid } from '../../../domain/errors.js';
import { findReadableProject, listReadableProjects, type Project } from '../../../domain/projects/index.js';
import { pageOf } from '../paging.js';
import { scmKind, statesOf } from '../views.js';
import type { CodigaContext, Resolvers } from './types.js';

/** The filters of `Project.analyses` and `analysesCount`. */
interface AnalysesArgs {
  status?: string[] | null;
  branches?: (string | null)[] | null;
  revision?: string[] | null;
  startTimestampMs?: number | null;
  endTimestampMs?: number | null;
}

export function dateOf(field: string, ms: number | null | undefined): Date | undefined {
  if (ms == null) return undefined;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) throw new Invalid(field, 'expected epoch milliseconds of a valid date');
  return date;
}

function analysisFilter(args: AnalysesArgs): AnalysisFilter {
  return {
    ...(args.status ? { states: statesOf(args.status) } : {}),
    ...(args.branches ? { branches: args.branches.filter((branch): branch is string => branch !== null) } : {}),
    ...(args.revision ? { revisions: args.revision.map((revision) => revision.toLowerCase()) } : {}),
    ...(args.startTimestampMs != null ? { createdFrom: dateOf('startTimestampMs', args.startTimestampMs) } : {}),
    ...(args.endTimestampMs != null ? { createdTo: dateOf('endTimestampMs', args.endTimestampMs) } : {}),
  };
}

/** Codiga's Repository of a project: where its code comes from. */
const repositoryView = (project: Project) => ({
  id: project.id,
  kind: scmKind(project.provider),
  name: project.owner ? `${project.owner}/${project.name}` : project.name,
  url: project.gitUrl ?? '',
  username: null,
  defaultBranch: project.defaultBranch,
  branches: [project.defaultBranch, ...project.trackedBranches.filter((branch) => branch !== project.defaultBranch)],
  listOfRemoteBranches: [],
  creationDate: project.createdAt.getTime(),
  hasWebhooks: false,
});

/** Codiga's projects: every project the caller may read, by id, and its analyses. */
export const projectResolvers: Resolvers = {
  Query: {
    projects: async (_parent, args: { howmany: number; skip: number }, context: CodigaContext) =>
      (await listReadableProjects(context.db, context.caller, pageOf(args))).items,
    project: (_parent, args: { id?: number | null; name?: string | null }, context: CodigaContext) =>
      findReadableProject(context.db, context.caller, args),
  },
  Project: {
    description: (project: Project) => project.description,
    public: (project: Project) => !project.private,
    status: () => 'Active',
    level: () => 'Team',
    ownerLevel: () => 'Team',
    trend: () => ({ period: 0, value: 'Unknown' }),
    repository: (project: Project) => repositoryView(project),
    analyses: async (
      project: Project,
      args: AnalysesArgs & { howmany: number; skip: number },
      context: CodigaContext,
    ) =>
      (await listProjectAnalyses(context.db, project, analysisFilter(args), pageOf(args))).items.map((view) => ({
        ...view,
        project,
      })),
    analysesCount: (project: Project, args: AnalysesArgs, context: CodigaContext) =>
      countProjectAnalyses(context.db, project, analysisFilter(args)),
  },
};
