import type { Severity } from '@plumb/engine';

export const CODESTAX_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type CodeStaxSeverity = (typeof CODESTAX_SEVERITIES)[number];

/** Plumb's five severities on CodeStax's four: info joins low, moderate is medium. */
export const CODESTAX_SEVERITY: Record<Severity, CodeStaxSeverity> = {
  info: 'low',
  low: 'low',
  moderate: 'medium',
  high: 'high',
  critical: 'critical',
};

export type SeverityCounts = Record<CodeStaxSeverity, number>;

/** Counts of findings by kind, summed by the CodeStax severity of each kind (`severityOfKind`). */
export function countsBySeverity(
  byKind: ReadonlyMap<number, number>,
  severityOfKind: (kind: number) => string | undefined,
): SeverityCounts {
  const counts: SeverityCounts = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const [kind, total] of byKind) counts[CODESTAX_SEVERITY[severityOfKind(kind) as Severity] ?? 'low'] += total;
  return counts;
}
