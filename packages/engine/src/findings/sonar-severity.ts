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

/** A table of rules with their SonarQube equivalents, by rule id. */
export class SonarEquivalents {
  private readonly byRule: ReadonlyMap<string, SonarEquivalent>;

  constructor(rows: readonly (readonly [ruleId: string, sonarKey: string, severity: SonarSeverity])[]) {
    this.byRule = new Map(rows.map(([rule, key, severity]) => [rule, { key, severity }]));
  }

  of(ruleId: string): SonarEquivalent | undefined {
    return this.byRule.get(ruleId);
  }

  /** Every rule of the table with its equivalent, in the table's order (the docs' tables list them so). */
  entries(): readonly (readonly [string, SonarEquivalent])[] {
    return [...this.byRule];
  }
}
