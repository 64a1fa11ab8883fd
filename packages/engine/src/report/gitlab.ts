import { createHash } from 'node:crypto';
import type { Finding, Severity, ViolationCategory } from '../findings/types.js';

/** GitLab Code Quality's severities, one per step of Plumb's scale. */
export type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';
const SEVERITY: Record<Severity, GitlabSeverity> = {
  info: 'info',
  low: 'minor',
  moderate: 'major',
  high: 'critical',
  critical: 'blocker',
};

/** Code Climate's categories, which GitLab reads past but other consumers of the format show. */
const CATEGORY: Record<ViolationCategory, string> = {
  Unknown: 'Bug Risk',
  Error_Prone: 'Bug Risk',
  Code_Style: 'Style',
  Best_Practice: 'Clarity',
  Safety: 'Bug Risk',
  Security: 'Security',
  Design: 'Complexity',
  Deployment: 'Compatibility',
  Performance: 'Performance',
  Documentation: 'Clarity',
};

export interface GitlabCodeQualityIssue {
  type: 'issue';
  description: string;
  check_name: string;
  fingerprint: string;
  severity: GitlabSeverity;
  categories: string[];
  location: { path: string; lines: { begin: number; end: number } };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The findings as a GitLab Code Quality report (`artifacts:reports:codequality`). Fingerprints hash the tracked
 * identity (tool, file, uniqueIdentifier), so an issue keeps its fingerprint while lines move around it.
 */
export function toGitlabCodeQuality(findings: readonly Finding[]): GitlabCodeQualityIssue[] {
  const seen = new Set<string>();
  return findings.map((finding) => {
    const identity = `${finding.tool}\0${finding.filename}\0${finding.uniqueIdentifier}`;
    let fingerprint = sha256(identity);
    // GitLab drops all but one issue of a fingerprint; findings that share an identity still each get their own.
    for (let copy = 1; seen.has(fingerprint); copy += 1) fingerprint = sha256(`${identity}\0${copy}`);
    seen.add(fingerprint);
    return {
      type: 'issue',
      description: finding.description,
      check_name: finding.tool === 'plumb' ? finding.rule : `${finding.tool}/${finding.rule}`,
      fingerprint,
      severity: SEVERITY[finding.severity],
      categories: [CATEGORY[finding.category]],
      location: {
        path: finding.filename,
        lines: { begin: finding.line, end: Math.max(finding.line, finding.lineEnd) },
      },
    };
  });
}
