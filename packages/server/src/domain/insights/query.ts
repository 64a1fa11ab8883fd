import { SEVERITIES, type Severity } from '@plumb/engine';
import { asc, eq, inArray } from 'drizzle-orm';
import {
  insightCounts,
  insightSnapshots,
  rankedBy,
  schema,
  type Executor,
  type InsightCount,
  type InsightSnapshot,
} from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import { Invalid } from '../errors.js';
import { licenseVerdicts, type LicenseVerdict } from '../licenses/index.js';
import { isUuid } from '../validate.js';

const { teamProjects, teams } = schema;

/** How many equally spaced instants a time range is answered at, its start and end included. */
export const INSIGHT_INSTANTS = 10;

/** What an insights query covers; every filter given must hold. */
export interface InsightsQuery {
  projectIds?: readonly string[];
  /** `<tool>/<rule>`, as GET /inspections lists them. */
  inspectionIds?: readonly string[];
  teamIds?: readonly string[];
  timeRange?: { start: Date; end: Date };
}

/** Open findings by Plumb severity, and their total. */
export type SeverityProblems = Record<Severity | 'total', number>;

export interface ProjectInsight {
  projectUuid: string;
  name: string;
  team: { uuid: string; name: string } | undefined;
  /** The instant asked for; without a time range, when the analysis finished. */
  timestamp: Date;
  /** Line coverage of the analysis, 0 to 1; null when none was stored with it. */
  lineCoverage: number | null;
  /** Qodana's `licenseAudit` of the analysis: enabled once a license policy held it, passed when it refused none. */
  licenseAudit: LicenseVerdict;
  actual: SeverityProblems;
  baseline: SeverityProblems;
}

export interface InspectionInsight {
  tool: string;
  rule: string;
  severity: Severity;
  actual: number;
  baseline: number;
  /** The instant asked for; without a time range, when the latest analysis counted finished. */
  timestamp: Date;
}

/** The instants a range is answered at: its start, its end, and eight more equally spaced between them. */
export function insightInstants(range: { start: Date; end: Date }): Date[] {
  const span = range.end.getTime() - range.start.getTime();
  return Array.from(
    { length: INSIGHT_INSTANTS },
    (_, step) => new Date(range.start.getTime() + Math.round((span * step) / (INSIGHT_INSTANTS - 1))),
  );
}

function requireUuids(field: string, ids: readonly string[] | undefined, what: string): readonly string[] | undefined {
  const bad = ids?.findIndex((id) => !isUuid(id)) ?? -1;
  if (bad >= 0) throw new Invalid(`${field}[${bad}]`, `must be ${what} id (a uuid), got '${ids![bad]}'.`);
  return ids?.map((id) => id.toLowerCase());
}

/** An empty list filters nothing, as a missing one. */
const given = (ids: readonly string[] | undefined) => (ids && ids.length > 0 ? ids : undefined);

/** Validates the query and reads, per project and instant, the analysis it stands at. */
async function snapshotsOf(db: Executor, access: OrganizationAccess, query: InsightsQuery) {
  authorize(access, 'viewOrganization');
  const { timeRange } = query;
  if (timeRange && !(timeRange.end.getTime() > timeRange.start.getTime()))
    throw new Invalid('timeRange', "'end' must be after 'start'.");
  const instants = timeRange ? insightInstants(timeRange) : [new Date()];
  const snapshots = await insightSnapshots(
    db,
    {
      organizationId: access.organization.id,
      projectUuids: requireUuids('includeProjectIds', given(query.projectIds), 'a project'),
      teamUuids: requireUuids('includeTeamIds', given(query.teamIds), 'a team'),
    },
    instants,
  );
  return { instants: timeRange ? instants : undefined, snapshots };
}

/** Counts grouped per instant and rule (inspection insights), or per project, instant and severity. */
function countsOf(db: Executor, query: InsightsQuery, snapshots: readonly InsightSnapshot[], byRule: boolean) {
  const keyOf = byRule ? instantKey : projectKey;
  return insightCounts(db, {
    analysisIds: snapshots.map((snapshot) => snapshot.analysisId),
    baselineIds: snapshots.map((snapshot) => snapshot.baselineId),
    keys: snapshots.map(keyOf),
    inspectionIds: given(query.inspectionIds),
    byRule,
  });
}

type KeyOf = (snapshot: InsightSnapshot) => string;
const instantKey: KeyOf = (snapshot) => String(snapshot.instant);
const projectKey: KeyOf = (snapshot) => `${snapshot.projectId}:${snapshot.instant}`;

const noProblems = (): SeverityProblems => ({ info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 });

function addTo(problems: SeverityProblems, severity: string, count: number): void {
  if ((SEVERITIES as readonly string[]).includes(severity)) problems[severity as Severity] += count;
  problems.total += count;
}

/** Each project's team where a surface shows one: the strongest access, then the oldest link (findProjectTeam's). */
async function teamsOf(db: Executor, projectIds: readonly number[]) {
  if (projectIds.length === 0) return new Map<number, { uuid: string; name: string }>();
  const rows = await db
    .selectDistinctOn([teamProjects.projectId], {
      projectId: teamProjects.projectId,
      uuid: teams.uuid,
      name: teams.name,
    })
    .from(teamProjects)
    .innerJoin(teams, eq(teams.id, teamProjects.teamId))
    .where(inArray(teamProjects.projectId, [...projectIds]))
    .orderBy(
      teamProjects.projectId,
      rankedBy(teamProjects.access, schema.TEAM_ACCESS),
      asc(teamProjects.createdAt),
      asc(teams.id),
    );
  return new Map(rows.map((row) => [row.projectId, { uuid: row.uuid, name: row.name }]));
}

/**
 * The organization's projects in scope at each instant (without a time range, now): open findings of the analysis
 * each stands at, in its baseline and not, by severity; only the inspections asked for when some are.
 */
export async function projectInsights(
  db: Executor,
  access: OrganizationAccess,
  query: InsightsQuery,
): Promise<ProjectInsight[]> {
  const { instants, snapshots } = await snapshotsOf(db, access, query);
  const [counts, teamByProject, verdicts] = await Promise.all([
    countsOf(db, query, snapshots, false),
    teamsOf(db, [...new Set(snapshots.map((snapshot) => snapshot.projectId))]),
    licenseVerdicts(
      db,
      snapshots.map((snapshot) => snapshot.analysisId),
    ),
  ]);
  const byKey = new Map<string, InsightCount[]>();
  for (const count of counts) byKey.set(count.key, [...(byKey.get(count.key) ?? []), count]);
  return snapshots.map((snapshot) => {
    const actual = noProblems();
    const baseline = noProblems();
    for (const count of byKey.get(projectKey(snapshot)) ?? []) {
      addTo(actual, count.severity, count.actual);
      addTo(baseline, count.severity, count.baseline);
    }
    return {
      projectUuid: snapshot.projectUuid,
      name: snapshot.projectName,
      team: teamByProject.get(snapshot.projectId),
      timestamp: instants ? instants[snapshot.instant]! : snapshot.finishedAt,
      lineCoverage: snapshot.lines ? (snapshot.coveredLines ?? 0) / snapshot.lines : null,
      licenseAudit: verdicts.get(snapshot.analysisId) ?? { isEnabled: false },
      actual,
      baseline,
    };
  });
}

const byteCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Open findings of each inspection (rule) and severity over the organization's projects in scope, at each instant
 * (without a time range, now), in the baseline and not; ordered by instant, tool, rule and severity.
 */
export async function inspectionInsights(
  db: Executor,
  access: OrganizationAccess,
  query: InsightsQuery,
): Promise<InspectionInsight[]> {
  const { instants, snapshots } = await snapshotsOf(db, access, query);
  const latest = new Date(Math.max(0, ...snapshots.map((snapshot) => snapshot.finishedAt.getTime())));
  const counts = await countsOf(db, query, snapshots, true);
  return counts
    .map((count) => ({
      tool: count.tool ?? '',
      rule: count.rule ?? '',
      severity: count.severity as Severity,
      actual: count.actual,
      baseline: count.baseline,
      instant: Number(count.key),
    }))
    .sort(
      (a, b) =>
        a.instant - b.instant ||
        byteCompare(a.tool, b.tool) ||
        byteCompare(a.rule, b.rule) ||
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
    )
    .map(({ instant, ...insight }) => ({ ...insight, timestamp: instants ? instants[instant]! : latest }));
}
