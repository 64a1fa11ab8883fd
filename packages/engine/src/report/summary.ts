import type { AnalysisResultSummary, ComplexFunction } from '../model.js';

export interface SummaryInputs {
  slocs: number;
  duplicatedLines: number;
  duplicates: number;
  totalFunctions: number;
  complexFunctions: readonly ComplexFunction[];
  longFunctions: readonly ComplexFunction[];
}

const perSloc = (count: number, slocs: number): number | null => (slocs === 0 ? null : count / slocs);
const rate = (count: number, total: number): number | null => (total === 0 ? null : count / total);

/** Codiga's AnalysisResultSummary; violation counts are 0 until the analysis runs rules. */
export function buildSummary(inputs: SummaryInputs): AnalysisResultSummary {
  const { slocs } = inputs;
  const zeroPerSloc = perSloc(0, slocs);
  return {
    duplicated_lines: inputs.duplicatedLines,
    duplicated_linesPerSloc: perSloc(inputs.duplicatedLines, slocs),
    duplicates: inputs.duplicates,
    duplicatesPerSloc: perSloc(inputs.duplicates, slocs),
    violations: 0,
    violationsDocumentation: 0,
    violationsPerformance: 0,
    violationsDeployment: 0,
    violationsDesign: 0,
    violationsSecurity: 0,
    violationsSafety: 0,
    violationsBest_practice: 0,
    violationsCode_style: 0,
    violationsError_prone: 0,
    violationsUnknown: 0,
    violationsDocumentationPerSloc: zeroPerSloc,
    violationsPerformancePerSloc: zeroPerSloc,
    violationsDeploymentPerSloc: zeroPerSloc,
    violationsDesignPerSloc: zeroPerSloc,
    violationsSecurityPerSloc: zeroPerSloc,
    violationsSafetyPerSloc: zeroPerSloc,
    violationsBest_practicePerSloc: zeroPerSloc,
    violationsCode_stylePerSloc: zeroPerSloc,
    violationsError_pronePerSloc: zeroPerSloc,
    violationsUnknownPerSloc: zeroPerSloc,
    violationsSeverity1: 0,
    violationsSeverity2: 0,
    violationsSeverity3: 0,
    violationsSeverity4: 0,
    violationsSeverity1PerSloc: zeroPerSloc,
    violationsSeverity2PerSloc: zeroPerSloc,
    violationsSeverity3PerSloc: zeroPerSloc,
    violationsSeverity4PerSloc: zeroPerSloc,
    complexFunctionsRate: rate(inputs.complexFunctions.length, inputs.totalFunctions),
    longFunctionsRate: rate(inputs.longFunctions.length, inputs.totalFunctions),
    longFunctions: inputs.longFunctions.length,
    complexFunctions: inputs.complexFunctions.length,
    totalFunctions: inputs.totalFunctions,
  };
}
