import type { Severity } from './types.js';

/** SonarQube's legacy rule severities (`defaultSeverity` in SonarSource/rspec's `metadata.json`). */
export type SonarSeverity = 'Blocker' | 'Critical' | 'Major' | 'Minor' | 'Info';

/** A SonarQube rule that checks what a Plumb or linter rule checks: its key and its default severity. */
export interface SonarEquivalent {
  key: string;
  severity: SonarSeverity;
}

/** SonarQube's five severities onto Plumb's five, one step for one step. */
const PLUMB_SEVERITY: Readonly<Record<SonarSeverity, Severity>> = {
  Blocker: 'critical',
  Critical: 'high',
  Major: 'moderate',
  Minor: 'low',
  Info: 'info',
};

export function severityFromSonar(severity: SonarSeverity): Severity {
  return PLUMB_SEVERITY[severity];
}
