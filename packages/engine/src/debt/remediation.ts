import type { Finding } from '../findings/types.js';
import { DEFAULT_FUNCTION_THRESHOLDS, type FunctionThresholds } from '../metrics/functions/index.js';
import type { ComplexFunction, Duplicate } from '../model.js';

/** Minutes a developer needs to fix what is not a rule's finding; `.plumb.yml` may override each. */
export interface RemediationCosts {
  /** Per extra copy of a clone: to extract the shared code once. */
  duplicateBaseMinutes: number;
  /** Per extra copy, per line of the clone. */
  duplicateMinutesPerLine: number;
  /** Per complex function: to split it. */
  complexFunctionBaseMinutes: number;
  /** Per point of cyclomatic complexity over the threshold. */
  complexityMinutesPerPoint: number;
  /** Per long function: to split it. */
  longFunctionBaseMinutes: number;
  /** Per line of length (NLOC) over the threshold. */
  longFunctionMinutesPerLine: number;
}

export const DEFAULT_REMEDIATION_COSTS: Readonly<RemediationCosts> = {
  duplicateBaseMinutes: 10,
  duplicateMinutesPerLine: 1,
  complexFunctionBaseMinutes: 10,
  complexityMinutesPerPoint: 2,
  longFunctionBaseMinutes: 10,
  longFunctionMinutesPerLine: 0.2,
};

/** The rule's minutes: each finding carries its rule's `remediationMinutes`. */
export function findingMinutes(finding: Pick<Finding, 'remediationMinutes'>): number {
  return finding.remediationMinutes;
}

/** (copies − 1) × (base + per line × lines): the first copy stays, every other one is folded into it. */
export function duplicateMinutes(
  duplicate: Pick<Duplicate, 'lineCount' | 'occurrences'>,
  costs: RemediationCosts = DEFAULT_REMEDIATION_COSTS,
): number {
  const extraCopies = Math.max(0, duplicate.occurrences.length - 1);
  return extraCopies * (costs.duplicateBaseMinutes + costs.duplicateMinutesPerLine * duplicate.lineCount);
}

/** base + per point × (CCN − threshold) for a complex function, 0 for one at or under the threshold. */
export function complexFunctionMinutes(
  fn: Pick<ComplexFunction, 'complexity'>,
  costs: RemediationCosts = DEFAULT_REMEDIATION_COSTS,
  threshold: number = DEFAULT_FUNCTION_THRESHOLDS.complexity,
): number {
  const over = fn.complexity - threshold;
  return over > 0 ? costs.complexFunctionBaseMinutes + costs.complexityMinutesPerPoint * over : 0;
}

/** base + per line × (length − threshold) for a long function, 0 for one at or under the threshold. */
export function longFunctionMinutes(
  fn: Pick<ComplexFunction, 'length'>,
  costs: RemediationCosts = DEFAULT_REMEDIATION_COSTS,
  threshold: number = DEFAULT_FUNCTION_THRESHOLDS.length,
): number {
  const over = fn.length - threshold;
  return over > 0 ? costs.longFunctionBaseMinutes + costs.longFunctionMinutesPerLine * over : 0;
}

/** The thresholds with the engine's defaults filled in. */
export function functionThresholds(thresholds: Partial<FunctionThresholds> = {}): FunctionThresholds {
  return { ...DEFAULT_FUNCTION_THRESHOLDS, ...thresholds };
}
