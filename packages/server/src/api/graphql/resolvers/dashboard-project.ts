import { organizationAccess, type OrganizationAccess } from '../../../domain/access/index.js';
import type { Analysis } from '../../../domain/analyses/index.js';
import {
  analysisHistory,
  analyzeBranchNow,
  branchAnalysis,
  branchTrend,
  makeProjectReport,
  organizationProject,
  projectAnalysisGate,
  projectBranches,
  projectReport,
  projectReports,
  type HistoryEntry,
} from '../../../domain/overview/index.js';
import type { Project } from '../../../domain/projects/index.js';
import type { StoredReport } from '../../../domain/reports/index.js';
import type { CodigaContext, Resolvers } from './types.js';

/** What every PlumbProjectHome field reads: the caller's access to the organization and the project. */
interface HomeParent {
  access: OrganizationAccess;
  project: Project;
}

async function homeOf(context: CodigaContext, organization: string, id: number): Promise<HomeParent> {
  const access = await organizationAccess(context.db, context.caller.principal, organization);
  return { access, project: await organizationProject(context.db, access, id) };
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** An analysis as PlumbAnalysisRun. */
function runView({ analysis, gate }: { analysis: Analysis; gate: string | null }) {
  const end = analysis.finishedAt;
  const start = analysis.startedAt ?? analysis.createdAt;
  return {
    id: analysis.id,
    state: analysis.state,
    kind: analysis.kind,
    branch: analysis.branch,
    pullRequest: analysis.pullRequest,
    baseBranch: analysis.baseBranch,
    revision: analysis.revision,
    title: analysis.title,
    createdAt: analysis.createdAt.toISOString(),
    startedAt: iso(analysis.startedAt),
    finishedAt: iso(end),
    durationSeconds: end ? Math.max(0, end.getTime() - start.getTime()) / 1000 : null,
    gate,
    error: analysis.error,
  };
}

/** A stored report as PlumbReport; contributors' emails are left out of the page. */
function reportView(report: StoredReport) {
  const figures = report.figures;
  return {
    date: report.date,
    createdAt: report.createdAt.toISOString(),
    startDate: report.startDate.toISOString(),
    endDate: report.endDate.toISOString(),
    branch: report.branch,
    baseRevision: report.baseRevision,
    headRevision: report.headRevision,
    qualityScore: figures.qualityScore,
    qualityScoreChange: figures.qualityScoreChange,
    issues: figures.nbIssues,
    issuesChange: figures.nbIssuesChange,
    alerts: figures.nbAlerts,
    alertsChange: figures.nbAlertsChange,
    testCoverage: figures.testCoverage,
    testCoverageChange: figures.testCoverageChange,
    commits: figures.nbCommits,
    additions: figures.nbAdditions,
    deletions: figures.nbDeletions,
    largestCommits: figures.largestCommits.map((commit) => ({
      title: commit.title,
      ref: commit.ref,
      author: commit.author.name,
    })),
    topContributors: figures.topContributors.map((contributor) => ({
      name: contributor.name,
      commits: contributor.nbCommits,
      additions: contributor.nbAdditions,
      deletions: contributor.nbDeletions,
    })),
    algorithmChanged: figures.algorithmChanged,
  };
}

const runsOf = (entries: HistoryEntry[]) => entries.map(runView);

/** Plumb's extensions for a project's home page and its pull requests (sdl-plumb-project.ts). */
export const dashboardProjectResolvers: Resolvers = {
  Query: {
    plumbProjectHome: (_parent, args: { organization: string; id: number }, context: CodigaContext) =>
      homeOf(context, args.organization, args.id),
  },
  PlumbProjectHome: {
    id: ({ project }: HomeParent) => project.id,
    branches: ({ project }: HomeParent, _args, { db }: CodigaContext) => projectBranches(db, project),
    analysis: async ({ access, project }: HomeParent, args: { branch: string }, { db }: CodigaContext) => {
      const found = await branchAnalysis(db, access, project, args.branch);
      if (!found) return null;
      const { sizeByLanguage, conditions, ...figures } = found;
      return { figures: { ...figures, analyzedAt: figures.analyzedAt.toISOString() }, sizeByLanguage, conditions };
    },
    trend: async ({ project }: HomeParent, args: { branch: string }, { db }: CodigaContext) =>
      (await branchTrend(db, project, args.branch)).map((point) => ({
        ...point,
        analyzedAt: point.analyzedAt.toISOString(),
      })),
    history: async (
      { project }: HomeParent,
      args: { branch?: string | null; limit?: number | null },
      { db }: CodigaContext,
    ) =>
      runsOf(
        await analysisHistory(db, project, args.branch == null ? {} : { branch: args.branch }, args.limit ?? undefined),
      ),
    pullRequests: async ({ project }: HomeParent, _args, { db }: CodigaContext) =>
      runsOf(await analysisHistory(db, project, 'pull-requests')),
    gate: async ({ access, project }: HomeParent, args: { analysisId: number }, { db }: CodigaContext) => ({
      analysisId: args.analysisId,
      ...(await projectAnalysisGate(db, access, project, args.analysisId)),
    }),
    reports: async ({ access, project }: HomeParent, _args, { db }: CodigaContext) =>
      (await projectReports(db, access, project)).map(reportView),
    report: async ({ access, project }: HomeParent, args: { date: string }, { db }: CodigaContext) =>
      reportView(await projectReport(db, access, project, args.date)),
  },
  Mutation: {
    plumbAnalyzeNow: async (
      _parent,
      args: { organization: string; projectId: number; branch: string },
      context: CodigaContext,
    ) => {
      const { access, project } = await homeOf(context, args.organization, args.projectId);
      const analysis = await analyzeBranchNow(context.db, context.queue, access, project, args.branch);
      return runView({ analysis, gate: null });
    },
    plumbMakeReport: async (
      _parent,
      args: { organization: string; projectId: number; date?: string | null },
      context: CodigaContext,
    ) => {
      const { access, project } = await homeOf(context, args.organization, args.projectId);
      const date = args.date ?? undefined;
      return reportView(await makeProjectReport(context.db, access, project, date, context.reportHistory));
    },
  },
};
