import type { GateMeasures, GateViolation } from '../../store/index.js';
import type { GateConfig } from './config.js';
import { RATINGS, type GatePolicy } from './policy.js';

export type GateStatus = 'passed' | 'failed' | 'not_configured';

/** The gate's verdict: what failed it, and what would have failed it but a waiver excused. */
export interface GateVerdict {
  status: GateStatus;
  violations: GateViolation[];
  waivedViolations: GateViolation[];
}

type Condition = (policy: GatePolicy, measures: GateMeasures, newOnly: boolean) => GateViolation | undefined;

const over = (rule: string, threshold: number, actual: number, severity: GateViolation['severity']) =>
  actual > threshold ? { rule, threshold, actual, severity } : undefined;

/** Each policy key as a condition; coverage is left out (not applicable) while the analysis has none. */
const CONDITIONS: Condition[] = [
  (policy, measures, newOnly) =>
    over(
      'new_critical_max',
      policy.new_critical_max,
      (newOnly ? measures.newBySeverity : measures.allBySeverity).critical,
      'critical',
    ),
  (policy, measures, newOnly) =>
    over('new_high_max', policy.new_high_max, (newOnly ? measures.newBySeverity : measures.allBySeverity).high, 'high'),
  (policy, measures) => over('duplication_pct_max', policy.duplication_pct_max, measures.duplicationPct, 'high'),
  (policy, measures) => over('complexity_new_max', policy.complexity_new_max, measures.complexityNewMax, 'medium'),
  (policy, measures) =>
    RATINGS.indexOf(measures.rating as GatePolicy['rating_min']) > RATINGS.indexOf(policy.rating_min)
      ? { rule: 'rating_min', threshold: policy.rating_min, actual: measures.rating, severity: 'medium' }
      : undefined,
  (policy, measures) =>
    measures.newCoveragePct !== null && measures.newCoveragePct < policy.new_coverage_min
      ? {
          rule: 'new_coverage_min',
          threshold: policy.new_coverage_min,
          actual: measures.newCoveragePct,
          severity: 'medium',
        }
      : undefined,
];

/**
 * Holds measures to a gate: `not_configured` when the organization never saved one or switched it off; else each
 * broken condition is a violation unless `waiverFor` names a waiver of its rule.
 */
export function evaluatePolicy(
  config: Pick<GateConfig, 'configured' | 'enabled' | 'appliesToNewCodeOnly' | 'policy'>,
  measures: GateMeasures,
  waiverFor: (rule: string) => number | undefined,
): GateVerdict {
  if (!config.configured || !config.enabled) return { status: 'not_configured', violations: [], waivedViolations: [] };
  const violations: GateViolation[] = [];
  const waivedViolations: GateViolation[] = [];
  for (const condition of CONDITIONS) {
    const violation = condition(config.policy, measures, config.appliesToNewCodeOnly);
    if (!violation) continue;
    const waiverId = waiverFor(violation.rule);
    if (waiverId === undefined) violations.push(violation);
    else waivedViolations.push({ ...violation, waiverId });
  }
  return { status: violations.length > 0 ? 'failed' : 'passed', violations, waivedViolations };
}
