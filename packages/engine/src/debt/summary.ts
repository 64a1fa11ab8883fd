import { codigaSeverity, type Finding, VIOLATION_CATEGORIES, type ViolationCategory } from '../findings/types.js';
import type { FunctionThresholds } from '../metrics/functions/index.js';
import type { AnalysisFunction, AnalysisResultSummary, Duplicate } from '../model.js';
import { functionThresholds } from './remediation.js';

/** How many functions an analysis has, and how many of them are complex and long. */
export interface FunctionCounts {
  total: number;
  complex: number;
  long: number;
}

/** Counts the functions over the thresholds (the engine's defaults, 15 and 100, unless given). */
export function countFunctions(
  functions: readonly Pick<AnalysisFunction, 'complexity' | 'length'>[],
  thresholds: Partial<FunctionThresholds> = {},
): FunctionCounts {
  const limits = functionThresholds(thresholds);
  return {
    total: functions.length,
    complex: functions.filter((fn) => fn.complexity > limits.complexity).length,
    long: functions.filter((fn) => fn.length > limits.length).length,
  };
}

/**
 * Codiga's AnalysisResultSummary, every field: violations in total, per category (Codiga's own casing,
 * `violationsBest_practice`) and per Codiga severity (1 critical, 2 high, 3 moderate and low, 4 info), each
 * also per code line (`…PerSloc`, a fraction, null without code lines); duplicated lines and duplicates
 * (clone classes) likewise; function counts with their rates (a fraction of all functions, null without any).
 */
export function summarize(
  findings: readonly Pick<Finding, 'category' | 'severity'>[],
  duplicates: readonly Duplicate[],
  codeLines: number,
  duplicatedLines: number,
  functions: FunctionCounts = { total: 0, complex: 0, long: 0 },
): AnalysisResultSummary {
  const perSloc = (count: number) => (codeLines > 0 ? count / codeLines : null);
  const rate = (count: number) => (functions.total > 0 ? count / functions.total : null);
  const category = Object.fromEntries(VIOLATION_CATEGORIES.map((name) => [name, 0])) as Record<
    ViolationCategory,
    number
  >;
  const severity = [0, 0, 0, 0, 0];
  for (const finding of findings) {
    category[finding.category] += 1;
    const level = codigaSeverity(finding.severity);
    severity[level] = (severity[level] ?? 0) + 1;
  }
  const [, s1 = 0, s2 = 0, s3 = 0, s4 = 0] = severity;
  return {
    duplicated_lines: duplicatedLines,
    duplicated_linesPerSloc: perSloc(duplicatedLines),
    duplicates: duplicates.length,
    duplicatesPerSloc: perSloc(duplicates.length),
    violations: findings.length,
    violationsDocumentation: category.Documentation,
    violationsPerformance: category.Performance,
    violationsDeployment: category.Deployment,
    violationsDesign: category.Design,
    violationsSecurity: category.Security,
    violationsSafety: category.Safety,
    violationsBest_practice: category.Best_Practice,
    violationsCode_style: category.Code_Style,
    violationsError_prone: category.Error_Prone,
    violationsUnknown: category.Unknown,
    violationsDocumentationPerSloc: perSloc(category.Documentation),
    violationsPerformancePerSloc: perSloc(category.Performance),
    violationsDeploymentPerSloc: perSloc(category.Deployment),
    violationsDesignPerSloc: perSloc(category.Design),
    violationsSecurityPerSloc: perSloc(category.Security),
    violationsSafetyPerSloc: perSloc(category.Safety),
    violationsBest_practicePerSloc: perSloc(category.Best_Practice),
    violationsCode_stylePerSloc: perSloc(category.Code_Style),
    violationsError_pronePerSloc: perSloc(category.Error_Prone),
    violationsUnknownPerSloc: perSloc(category.Unknown),
    violationsSeverity1: s1,
    violationsSeverity2: s2,
    violationsSeverity3: s3,
    violationsSeverity4: s4,
    violationsSeverity1PerSloc: perSloc(s1),
    violationsSeverity2PerSloc: perSloc(s2),
    violationsSeverity3PerSloc: perSloc(s3),
    violationsSeverity4PerSloc: perSloc(s4),
    complexFunctionsRate: rate(functions.complex),
    longFunctionsRate: rate(functions.long),
    longFunctions: functions.long,
    complexFunctions: functions.complex,
    totalFunctions: functions.total,
  };
}
