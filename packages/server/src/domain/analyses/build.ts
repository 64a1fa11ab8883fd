import {
  fromViolation,
  scrutinizerQuality,
  type Analysis as EngineAnalysis,
  type AnalysisFunction,
} from '@plumb/engine';
import { conditionsFromConfig, evaluateConditions, type MetricValues } from '../build-conditions/index.js';

/** What the build failure conditions are evaluated on, gathered while the results are stored. */
export interface BuildInput {
  result: EngineAnalysis;
  /** The base analysis's quality (its index), when there is one. */
  baseQuality: { score: number } | undefined;
  /** Per violation of the result, in order: whether it is new against the base, and its Scrutinizer labels. */
  isNew: readonly boolean[];
  labels: readonly (readonly string[])[];
  /** The functions added since the base analysis. */
  newFunctions: ReadonlySet<AnalysisFunction>;
  /** Line coverage (0 to 1) of this analysis and of its base, when a report was stored with each. */
  testCoverage?: number | undefined;
  baseTestCoverage?: number | undefined;
}

export interface BuildVerdict {
  status: 'unknown' | 'passed' | 'failed' | 'error';
  failures: string[];
}

/**
 * Scrutinizer's build status from the configuration's `build_failure_conditions`: `unknown` without conditions,
 * `error` when the configuration cannot be read (it was valid when saved; a per-inspection override is checked on
 * creation), else `failed` when a condition matches and `passed` when none does.
 */
export function buildVerdict(configYaml: string): (input: BuildInput) => BuildVerdict {
  return (input) => {
    let conditions;
    try {
      conditions = conditionsFromConfig(configYaml);
    } catch {
      return { status: 'error', failures: [] };
    }
    if (conditions.length === 0) return { status: 'unknown', failures: [] };
    const { result } = input;
    const findings = result.violations.map(fromViolation);
    const newKeys = new Set([...input.newFunctions].map(functionKey));
    const rated = scrutinizerQuality(result.functions, findings).functions;
    return evaluateConditions(conditions, {
      issues: findings.map((finding, index) => ({
        severity: finding.severity,
        labels: input.labels[index] ?? [],
        isNew: input.isNew[index] ?? false,
      })),
      functions: rated.map((fn) => ({ rating: fn.rating, isNew: newKeys.has(functionKey(fn)) })),
      project: {
        metrics: projectMetrics(result.quality.score, findings.length, input.testCoverage),
        ...(input.baseQuality
          ? { previousMetrics: projectMetrics(input.baseQuality.score, undefined, input.baseTestCoverage) }
          : {}),
      },
    });
  };
}

const functionKey = (fn: Pick<AnalysisFunction, 'filename' | 'functionName' | 'lineStart'>) =>
  `${fn.filename}\0${fn.functionName}\0${fn.lineStart}`;

function projectMetrics(quality: number, issues: number | undefined, coverage: number | undefined): MetricValues {
  return { 'scrutinizer.quality': quality, 'scrutinizer.nb_issues': issues, 'scrutinizer.test_coverage': coverage };
}
