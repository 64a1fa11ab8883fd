import { codigaSeverity, SEVERITIES, type Finding, type Severity } from './types.js';

/**
 * Codiga's Violation as the JSON document carries it: `severity` is
 * Codiga's 1 (critical) … 4 (info); `level` keeps Plumb's scale.
 */
export interface Violation extends Omit<Finding, 'severity'> {
  severity: number;
  level: Severity;
  /** Lines the violation spans (Codiga's `lineCount`). */
  lineCount: number;
}

export function toViolation(finding: Finding): Violation {
  const { severity, ...rest } = finding;
  return {
    ...rest,
    severity: codigaSeverity(severity),
    level: severity,
    lineCount: finding.lineEnd - finding.line + 1,
  };
}

export function fromViolation(violation: Violation): Finding {
  const { level, lineCount: _lineCount, severity: _codiga, ...rest } = violation;
  return { ...rest, severity: SEVERITIES.includes(level) ? level : 'moderate' };
}
