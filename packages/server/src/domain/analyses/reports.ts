import { ruleCatalog, type Severity } from '@plumb/engine';
import { and, count, desc, eq, inArray, isNull, ne, notInArray, or } from 'drizzle-orm';
import { eachElementKey, schema, type Executor } from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import { licenseVerdicts, type LicenseVerdict } from '../licenses/audit.js';
import { indicesOfAnalyses, kindOf } from './indices.js';

const { analyses, findings, indices, issues, projects } = schema;

/** Issues a user resolved (false positive, ignored) are not counted as problems, as `nbIssues` leaves them out. */
const RESOLVED_STATUSES = ['false_positive', 'ignored'] as const;

/** How many open findings of one rule, at one severity, an analysis reported. */
export interface RuleProblems {
  tool: string;
  rule: string;
  severity: Severity;
  count: number;
}

/** The latest completed analysis of a project's default branch, with its problems by rule and severity. */
export interface DefaultBranchReport {
  projectId: number;
  analysisId: number;
  analysisUuid: string;
  branch: string;
  revision: string | null;
  /** When the analysis finished (its creation when the store has no finish time). */
  completedAt: Date;
  /** Ordered by tool, rule and severity (byte order). */
  problems: RuleProblems[];
  /** Its line coverage, 0 to 1, when a coverage report was stored with it. */
  lineCoverage: number | null;
  /** Qodana's `licenseAudit`: enabled once a license policy held the analysis. */
  licenseAudit: LicenseVerdict;
}

const byteCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The latest completed analysis of each project's default branch (pull requests left out), in three queries whatever
 * the number of projects: one `DISTINCT ON (project_id)` for the analyses, one grouped count of their findings, and
 * their indices (the findings' kinds, and the coverage). Projects of another organization, and projects never analysed
 * on their default branch, have no entry.
 */
export async function latestDefaultBranchReports(
  db: Executor,
  access: OrganizationAccess,
  projectIds: readonly number[],
): Promise<Map<number, DefaultBranchReport>> {
  authorize(access, 'viewOrganization');
  const reports = new Map<number, DefaultBranchReport>();
  if (projectIds.length === 0) return reports;
  const latest = await db
    .selectDistinctOn([analyses.projectId], {
      projectId: analyses.projectId,
      id: analyses.id,
      uuid: analyses.uuid,
      branch: projects.defaultBranch,
      revision: analyses.revision,
      createdAt: analyses.createdAt,
      finishedAt: analyses.finishedAt,
    })
    .from(analyses)
    .innerJoin(projects, and(eq(projects.id, analyses.projectId), eq(analyses.branch, projects.defaultBranch)))
    .where(
      and(
        inArray(analyses.projectId, [...new Set(projectIds)]),
        eq(projects.organizationId, access.organization.id),
        eq(analyses.state, 'completed'),
        ne(analyses.kind, 'pull_request'),
      ),
    )
    // The order of latestCompleted(), so that every surface agrees on which analysis is the latest.
    .orderBy(analyses.projectId, desc(analyses.finishedAt), desc(analyses.id));
  if (latest.length === 0) return reports;

  const byAnalysis = new Map<number, DefaultBranchReport>();
  for (const row of latest) {
    const report: DefaultBranchReport = {
      projectId: row.projectId,
      analysisId: row.id,
      analysisUuid: row.uuid,
      branch: row.branch,
      revision: row.revision,
      completedAt: row.finishedAt ?? row.createdAt,
      problems: [],
      lineCoverage: null,
      licenseAudit: { isEnabled: false },
    };
    reports.set(row.projectId, report);
    byAnalysis.set(row.id, report);
  }
  const counted = await db
    .select({ analysisId: findings.analysisId, kind: findings.kind, count: count() })
    .from(findings)
    .leftJoin(issues, eq(issues.id, findings.issueId))
    .where(
      and(
        inArray(findings.analysisId, [...byAnalysis.keys()]),
        or(isNull(issues.status), notInArray(issues.status, [...RESOLVED_STATUSES])),
      ),
    )
    .groupBy(findings.analysisId, findings.kind);
  // Kinds differing only in category, language or labels count as one problem of their rule and severity.
  const kindsOf = await indicesOfAnalyses(db, [...byAnalysis.keys()]);
  for (const [analysisId, index] of kindsOf) byAnalysis.get(analysisId)!.lineCoverage = index.testCoverage;
  for (const [analysisId, verdict] of await licenseVerdicts(db, [...byAnalysis.keys()]))
    byAnalysis.get(analysisId)!.licenseAudit = verdict;
  for (const row of counted) {
    const report = byAnalysis.get(row.analysisId);
    const index = kindsOf.get(row.analysisId);
    if (!report || !index) continue;
    const { tool, rule, severity } = kindOf(index, row.kind);
    const same = report.problems.find((p) => p.tool === tool && p.rule === rule && p.severity === severity);
    if (same) same.count += row.count;
    else report.problems.push({ tool, rule, severity: severity as Severity, count: row.count });
  }
  for (const report of reports.values())
    report.problems.sort(
      (a, b) => byteCompare(a.tool, b.tool) || byteCompare(a.rule, b.rule) || byteCompare(a.severity, b.severity),
    );
  return reports;
}

/** A rule some analysis reported. */
export interface ReportedRule {
  tool: string;
  rule: string;
}

/**
 * Every rule (tool and id) that any analysis of any of the organization's projects reported, every branch and pull
 * request included, in one `SELECT DISTINCT` over the finding kinds of the organization's indices; ordered by tool
 * then rule, in byte order.
 */
export async function reportedRules(db: Executor, access: OrganizationAccess): Promise<ReportedRule[]> {
  authorize(access, 'viewOrganization');
  // Every kind in an index's list is some finding's: the lists say which rules were reported, without the findings.
  const rows = await db
    .selectDistinct({
      tool: eachElementKey(indices.findingKinds, 'tool'),
      rule: eachElementKey(indices.findingKinds, 'rule'),
    })
    .from(projects)
    .innerJoin(indices, eq(indices.projectId, projects.id))
    .where(eq(projects.organizationId, access.organization.id));
  return rows.sort((a, b) => byteCompare(a.tool, b.tool) || byteCompare(a.rule, b.rule));
}

let catalogNames: Map<string, string> | undefined;

/** `empty-catch-block` → `Empty catch block`. */
function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A readable name of a rule: for a rule of Plumb's catalog (its own rules, the bundled linters'), the last segment of
 * its id in words (`plumb` `java/empty-catch-block` → `Empty catch block`, `oxlint` `eslint/no-debugger` → `No
 * debugger`); for any other rule (Ruff's codes, imported SARIF rules), its id as reported.
 */
export function ruleName(tool: string, rule: string): string {
  catalogNames ??= new Map(
    ruleCatalog().map((meta) => [`${meta.tool}\u0000${meta.id}`, humanize(meta.id.split('/').pop() ?? meta.id)]),
  );
  return catalogNames.get(`${tool}\u0000${rule}`) || rule;
}
