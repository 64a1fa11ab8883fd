// One project's home page in the dashboard: its branches, the latest analysis of one with its gate's conditions, the
// branch's trend, the analysis history, and an analysis asked for now.
import { and, desc, eq, isNotNull, isNull, ne, or } from 'drizzle-orm';
import type { AnalysisResultStatType, AnalysisResultSummary, ProjectRatings } from '@plumb/engine';
import { schema, type Executor, type GateViolation } from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import {
  latestCompletedAnalyses,
  requestAnalysis,
  requireRef,
  triggerableRepository,
  type Analysis,
  type AnalysisQueue,
} from '../analyses/index.js';
import { NotFound } from '../errors.js';
import { analysisGate, type AnalysisGate } from '../gates/index.js';
import { findReadableProject, type Project } from '../projects/index.js';
import { coverageAndGates, figuresOf, scoreOf, type ProjectFigures } from './projects-overview.js';

const { analyses, indices } = schema;

/** How many analyses a trend or a history shows at most. */
export const HISTORY_LIMIT = 100;

/** The organization's project with this id, when the caller may read it; any other is NotFound. */
export async function organizationProject(db: Executor, access: OrganizationAccess, id: number): Promise<Project> {
  authorize(access, 'viewOrganization');
  const user = access.principal.user;
  if (!user || !Number.isSafeInteger(id)) throw new NotFound('project');
  const project = await findReadableProject(db, { principal: access.principal, user }, { id });
  if (project.organizationId !== access.organization.id) throw new NotFound('project');
  return project;
}

const ofBranches = and(ne(analyses.kind, 'pull_request'), isNull(analyses.pullRequest), isNotNull(analyses.branch));

/** The default branch first, then the tracked ones, then any other branch that has an analysis, by name. */
export async function projectBranches(db: Executor, project: Project): Promise<string[]> {
  const rows = await db
    .selectDistinct({ branch: analyses.branch })
    .from(analyses)
    .where(and(eq(analyses.projectId, project.id), ofBranches));
  const analyzed = rows.flatMap((row) => (row.branch === null ? [] : [row.branch])).sort();
  return [...new Set([project.defaultBranch, ...project.trackedBranches, ...analyzed])];
}

/** One condition of the gate that did not hold, and whether a waiver excused it. */
export interface GateCondition extends GateViolation {
  waived: boolean;
}

/** The conditions that failed the gate, then those a waiver excused. */
const conditionsOf = (gate: AnalysisGate): GateCondition[] => [
  ...gate.violations.map((violation) => ({ ...violation, waived: false })),
  ...(gate.result?.waivedViolations ?? []).map((violation) => ({ ...violation, waived: true })),
];

export interface BranchAnalysis extends ProjectFigures {
  /** Code lines per language, most first. */
  sizeByLanguage: AnalysisResultStatType[];
  /** The conditions that failed the gate, then those a waiver excused. */
  conditions: GateCondition[];
}

/** The latest completed analysis of the branch with its figures, size by language and gate conditions; null: none. */
export async function branchAnalysis(
  db: Executor,
  access: OrganizationAccess,
  project: Project,
  branch: string,
): Promise<BranchAnalysis | null> {
  const view = (await latestCompletedAnalyses(db, [project], branch)).get(project.id);
  const figures = view && figuresOf(view, await coverageAndGates(db, [view.analysis.id]));
  if (!view?.index || !figures) return null;
  const gate = await analysisGate(db, access, view.analysis.id);
  const sizes = [...((view.index.stats as AnalysisResultStatType[] | null) ?? [])];
  return {
    ...figures,
    sizeByLanguage: sizes.sort((a, b) => b.lines - a.lines),
    conditions: conditionsOf(gate),
  };
}

/** Open issues by Codiga's severity scale (1 critical, 2 high, 3 moderate and low, 4 info). */
export interface SeverityCounts {
  critical: number;
  high: number;
  moderate: number;
  info: number;
}

export interface TrendPoint {
  analysisId: number;
  analyzedAt: Date;
  issuesBySeverity: SeverityCounts;
  coverage: number | null;
  duplication: number;
  debtMinutes: number;
  qualityScore: number;
}

/** One point per completed analysis of the branch, oldest first (the latest HISTORY_LIMIT). */
export async function branchTrend(db: Executor, project: Project, branch: string): Promise<TrendPoint[]> {
  const rows = await db
    .select({
      analysisId: indices.analysisId,
      createdAt: indices.createdAt,
      finishedAt: analyses.finishedAt,
      summary: indices.summary,
      ratings: indices.ratings,
      quality: indices.quality,
    })
    .from(indices)
    .innerJoin(analyses, eq(analyses.id, indices.analysisId))
    .where(and(eq(indices.projectId, project.id), eq(indices.branch, branch), eq(analyses.state, 'completed')))
    .orderBy(desc(indices.id))
    .limit(HISTORY_LIMIT);
  const { coverage } = await coverageAndGates(
    db,
    rows.map((row) => row.analysisId),
  );
  return rows.reverse().map((row) => {
    const summary = row.summary as AnalysisResultSummary;
    return {
      analysisId: row.analysisId,
      analyzedAt: row.finishedAt ?? row.createdAt,
      issuesBySeverity: {
        critical: summary.violationsSeverity1,
        high: summary.violationsSeverity2,
        moderate: summary.violationsSeverity3,
        info: summary.violationsSeverity4,
      },
      coverage: coverage.get(row.analysisId) ?? null,
      duplication: summary.duplicated_linesPerSloc ?? 0,
      debtMinutes: (row.ratings as ProjectRatings).debtMinutes,
      qualityScore: scoreOf(row.quality),
    };
  });
}

export interface HistoryEntry {
  analysis: Analysis;
  /** The stored gate verdict; null while it runs or when none was stored. */
  gate: string | null;
}

/** Which analyses a history lists: those of branches (of one branch when given), or those of pull requests. */
export type HistoryScope = { branch?: string } | 'pull-requests';

const ofPullRequests = or(eq(analyses.kind, 'pull_request'), isNotNull(analyses.pullRequest));

/** The project's analyses in the scope, newest first (at most HISTORY_LIMIT), with their gate verdicts. */
export async function analysisHistory(
  db: Executor,
  project: Project,
  scope: HistoryScope,
  limit: number = HISTORY_LIMIT,
): Promise<HistoryEntry[]> {
  const where =
    scope === 'pull-requests'
      ? ofPullRequests
      : and(ofBranches, scope.branch === undefined ? undefined : eq(analyses.branch, scope.branch));
  const rows = await db
    .select()
    .from(analyses)
    .where(and(eq(analyses.projectId, project.id), where))
    .orderBy(desc(analyses.id))
    .limit(Math.min(Math.max(1, limit), HISTORY_LIMIT));
  const { gates } = await coverageAndGates(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((analysis) => ({ analysis, gate: gates.get(analysis.id) ?? null }));
}

/** The gate's verdict on one of the project's analyses, its conditions with the waived ones marked. */
export async function projectAnalysisGate(
  db: Executor,
  access: OrganizationAccess,
  project: Project,
  analysisId: number,
): Promise<{ status: string | null; conditions: GateCondition[] }> {
  const [row] = Number.isSafeInteger(analysisId)
    ? await db
        .select({ id: analyses.id })
        .from(analyses)
        .where(and(eq(analyses.id, analysisId), eq(analyses.projectId, project.id)))
    : [];
  if (!row) throw new NotFound('analysis');
  const gate = await analysisGate(db, access, analysisId);
  return { status: gate.status, conditions: conditionsOf(gate) };
}

/** Queues a full analysis of the branch's head, as CodeStax's trigger does (OWNER, ADMIN, EDITOR). */
export async function analyzeBranchNow(
  db: Executor,
  queue: AnalysisQueue,
  access: OrganizationAccess,
  project: Project,
  branch: string,
): Promise<Analysis> {
  const ref = requireRef('branch', branch);
  const repository = await triggerableRepository(db, access, project.id);
  return requestAnalysis(db, queue, repository, {
    kind: 'branch',
    branch: ref,
    scanType: 'deep',
    requestedByUserId: access.principal.user?.id ?? null,
  });
}
