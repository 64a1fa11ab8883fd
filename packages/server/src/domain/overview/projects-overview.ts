// An organization's projects with the figures of their latest analysis: what the dashboard's overview lists.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { AnalysisResultSummary, ProjectRatings, Rating } from '@plumb/engine';
import { schema, type Executor } from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import { latestCompletedAnalyses, type AnalysisView } from '../analyses/index.js';
import { coverageRating, qualityRatings } from '../gates/index.js';
import { listReadableOrganizationProjects, type Project } from '../projects/index.js';

/** How many of a project's latest analyses its trend (the overview's sparkline) shows. */
export const TREND_LENGTH = 30;
/** The most projects one overview lists: an organization's project limit. */
const MAX_PROJECTS = 5000;

export interface ProjectFigures {
  analysisId: number;
  branch: string | null;
  revision: string;
  analyzedAt: Date;
  /** The stored gate verdict (passed, failed, not_configured); null when none was stored. */
  gate: string | null;
  ratings: {
    quality: Rating;
    maintainability: Rating;
    reliability: Rating;
    security: Rating;
    duplication: Rating;
    coverage: Rating | null;
  };
  debtMinutes: number;
  /** Line coverage, 0 to 1; null without an uploaded report. */
  coverage: number | null;
  /** Duplicated lines per code line, 0 to 1. */
  duplication: number;
  openIssues: number;
  /** Scrutinizer's quality score, 0 to 10. */
  qualityScore: number;
}

export interface ProjectOverview {
  project: Project;
  latest: ProjectFigures | null;
  /** The quality score of the branch's latest analyses, oldest first (at most TREND_LENGTH). */
  trend: number[];
}

export const scoreOf = (quality: unknown): number => (quality as { score?: number } | null)?.score ?? 0;

/** The line coverage (0 to 1) and the stored gate verdict of each analysis, in two queries. */
export async function coverageAndGates(db: Executor, analysisIds: number[]) {
  if (analysisIds.length === 0) return { coverage: new Map<number, number>(), gates: new Map<number, string>() };
  const { analysisCoverage, gateResults } = schema;
  const [coverageRows, gateRows] = await Promise.all([
    db
      .select({
        id: analysisCoverage.analysisId,
        lines: analysisCoverage.lines,
        covered: analysisCoverage.coveredLines,
      })
      .from(analysisCoverage)
      .where(inArray(analysisCoverage.analysisId, analysisIds)),
    db
      .select({ id: gateResults.analysisId, status: gateResults.status })
      .from(gateResults)
      .where(inArray(gateResults.analysisId, analysisIds)),
  ]);
  return {
    coverage: new Map(coverageRows.flatMap((row) => (row.lines ? [[row.id, (row.covered ?? 0) / row.lines]] : []))),
    gates: new Map(gateRows.map((row) => [row.id, row.status as string])),
  };
}

export function figuresOf(
  view: AnalysisView,
  extras: Awaited<ReturnType<typeof coverageAndGates>>,
): ProjectFigures | null {
  const { analysis, index } = view;
  if (!index) return null;
  const ratings = index.ratings as ProjectRatings;
  const summary = index.summary as AnalysisResultSummary;
  const { quality, duplication } = qualityRatings(ratings, summary);
  const lineCoverage = extras.coverage.get(analysis.id) ?? null;
  return {
    analysisId: analysis.id,
    branch: index.branch,
    revision: index.revision,
    analyzedAt: analysis.finishedAt ?? index.createdAt,
    gate: extras.gates.get(analysis.id) ?? null,
    ratings: {
      quality,
      maintainability: ratings.maintainability,
      reliability: ratings.reliability,
      security: ratings.security,
      duplication,
      coverage: coverageRating(lineCoverage),
    },
    debtMinutes: ratings.debtMinutes,
    coverage: lineCoverage,
    duplication: summary.duplicated_linesPerSloc ?? 0,
    openIssues: index.nbIssues,
    qualityScore: scoreOf(index.quality),
  };
}

async function trendOf(db: Executor, projectId: number, branch: string | null): Promise<number[]> {
  if (branch === null) return [];
  const rows = await db
    .select({ quality: schema.indices.quality })
    .from(schema.indices)
    .where(and(eq(schema.indices.projectId, projectId), eq(schema.indices.branch, branch)))
    .orderBy(desc(schema.indices.id))
    .limit(TREND_LENGTH);
  return rows.map((row) => scoreOf(row.quality)).reverse();
}

/** Every project of the organization the caller may read, with its latest analysis (default branch first). */
export async function organizationOverview(db: Executor, access: OrganizationAccess): Promise<ProjectOverview[]> {
  authorize(access, 'viewOrganization');
  if (!access.principal.user) return [];
  const personal = { principal: access.principal, user: access.principal.user };
  const { items } = await listReadableOrganizationProjects(db, personal, access.organization.id, {
    limit: MAX_PROJECTS,
    offset: 0,
  });
  const latest = await latestCompletedAnalyses(db, items);
  const extras = await coverageAndGates(
    db,
    [...latest.values()].map((view) => view.analysis.id),
  );
  const overview: ProjectOverview[] = [];
  for (const project of items) {
    const view = latest.get(project.id);
    const figures = view ? figuresOf(view, extras) : null;
    overview.push({ project, latest: figures, trend: await trendOf(db, project.id, figures?.branch ?? null) });
  }
  return overview;
}
