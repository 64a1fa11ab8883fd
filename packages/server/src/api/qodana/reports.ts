import type { Severity } from '@plumb/engine';
import { ruleName, type DefaultBranchReport, type ReportedRule } from '../../domain/analyses/index.js';
import type { ApiGetProjectInspection, ApiGetProjectReport } from './schemas.js';

/** Plumb's severity scale onto Qodana's, one to one. */
export const QODANA_SEVERITY = {
  info: 'INFO',
  low: 'LOW',
  moderate: 'MODERATE',
  high: 'HIGH',
  critical: 'CRITICAL',
} as const satisfies Record<Severity, ApiGetProjectInspection['severity']>;

/** A rule's Qodana inspection id: `<tool>/<rule id>` (`ruff/F401`, `plumb/java/empty-catch-block`). */
export const inspectionId = (rule: ReportedRule): string => `${rule.tool}/${rule.rule}`;

/** A rule as GET /inspections lists it. */
export const inspectionOf = (rule: ReportedRule): { id: string; name: string } => ({
  id: inspectionId(rule),
  name: ruleName(rule.tool, rule.rule),
});

/** Line coverage (0 to 1) as a whole percentage once there is some; disabled without. */
export const coverageView = (lineCoverage: number | null): { percentage?: number; isEnabled: boolean } =>
  lineCoverage === null ? { isEnabled: false } : { percentage: Math.round(lineCoverage * 100), isEnabled: true };

/**
 * The latest default-branch analysis as `ApiGetProjectReport`: its uuid, when it finished, its license audit's
 * verdict once a license policy held it, its line coverage as a whole percentage once a report was stored with it
 * (else disabled), and one inspection per rule and severity with its count of open findings as `actual` and 0 as
 * `baseline` (Plumb keeps no Qodana baseline).
 */
export function reportView(report: DefaultBranchReport): ApiGetProjectReport {
  return {
    id: report.analysisUuid,
    timestamp: report.completedAt.toISOString(),
    licenseAudit: report.licenseAudit,
    codeCoverage: coverageView(report.lineCoverage),
    inspections: report.problems.map((problem) => ({
      ...inspectionOf(problem),
      severity: QODANA_SEVERITY[problem.severity],
      baseline: 0,
      actual: problem.count,
    })),
  };
}
