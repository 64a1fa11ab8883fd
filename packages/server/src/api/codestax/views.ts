import type { Severity } from '@plumb/engine';
import type { Index, OrganizationAnalysis, StoredFinding } from '../../domain/analyses/index.js';
import { CODESTAX_SEVERITY, type CodeStaxSeverity } from '../../domain/gates/index.js';

/** The Plumb severities a CodeStax severity filter keeps. */
export const plumbSeverities = (severity: CodeStaxSeverity): Severity[] =>
  (Object.keys(CODESTAX_SEVERITY) as Severity[]).filter((plumb) => CODESTAX_SEVERITY[plumb] === severity);

/** A timestamp as CodeStax writes it, or null. */
export const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

/** An analysis as CodeStax's scan. */
export function scanView({ analysis, project }: OrganizationAnalysis, index: Index | undefined) {
  return {
    id: analysis.id,
    repo_id: project.id,
    repo_name: project.owner ? `${project.owner}/${project.name}` : project.name,
    kind: analysis.kind,
    branch: analysis.branch,
    pr_number: analysis.pullRequest,
    base_branch: analysis.baseBranch,
    commit_sha: analysis.revision,
    title: analysis.title,
    state: analysis.state,
    error: analysis.error,
    created_at: analysis.createdAt.toISOString(),
    started_at: iso(analysis.startedAt),
    finished_at: iso(analysis.finishedAt),
    issues_count: index ? index.nbIssues : null,
    is_default_branch: analysis.pullRequest === null && analysis.branch === project.defaultBranch,
  };
}

/** A finding of a scan as CodeStax's issue. */
export function issueView(finding: StoredFinding) {
  return {
    id: finding.id,
    issue_id: finding.issueUuid,
    rule_id: `${finding.tool}/${finding.rule}`,
    tool: finding.tool,
    severity: CODESTAX_SEVERITY[finding.severity as Severity] ?? 'low',
    category: finding.category,
    message: finding.description,
    file_path: finding.filename,
    line_start: finding.line,
    line_end: finding.lineEnd,
    column: finding.column,
    fingerprint: finding.fingerprint,
    is_new: finding.isNew,
    status: finding.status,
    remediation_minutes: finding.remediationMinutes,
  };
}
