import { describe, expect, it } from 'vitest';
import type { Severity, ViolationCategory } from '../findings/types.js';
import type { Duplicate } from '../model.js';
import { countFunctions, summarize } from './summary.js';

const finding = (category: ViolationCategory, severity: Severity) => ({ category, severity });
const clone = (id: number): Duplicate => ({
  id,
  lineCount: 6,
  tokenCount: 50,
  kind: 'identical',
  code: 'x',
  occurrences: [],
});

const findings = [
  finding('Security', 'critical'),
  finding('Security', 'critical'),
  finding('Error_Prone', 'high'),
  finding('Code_Style', 'low'),
  finding('Best_Practice', 'moderate'),
  finding('Documentation', 'info'),
];

describe('summarize', () => {
  it('fills every field of Codiga’s AnalysisResultSummary', () => {
    expect(summarize(findings, [clone(1), clone(2)], 200, 30, { total: 10, complex: 2, long: 1 })).toEqual({
      duplicated_lines: 30,
      duplicated_linesPerSloc: 0.15,
      duplicates: 2,
      duplicatesPerSloc: 0.01,
      violations: 6,
      violationsDocumentation: 1,
      violationsPerformance: 0,
      violationsDeployment: 0,
      violationsDesign: 0,
      violationsSecurity: 2,
      violationsSafety: 0,
      violationsBest_practice: 1,
      violationsCode_style: 1,
      violationsError_prone: 1,
      violationsUnknown: 0,
      violationsDocumentationPerSloc: 0.005,
      violationsPerformancePerSloc: 0,
      violationsDeploymentPerSloc: 0,
      violationsDesignPerSloc: 0,
      violationsSecurityPerSloc: 0.01,
      violationsSafetyPerSloc: 0,
      violationsBest_practicePerSloc: 0.005,
      violationsCode_stylePerSloc: 0.005,
      violationsError_pronePerSloc: 0.005,
      violationsUnknownPerSloc: 0,
      violationsSeverity1: 2,
      violationsSeverity2: 1,
      violationsSeverity3: 2,
      violationsSeverity4: 1,
      violationsSeverity1PerSloc: 0.01,
      violationsSeverity2PerSloc: 0.005,
      violationsSeverity3PerSloc: 0.01,
      violationsSeverity4PerSloc: 0.005,
      complexFunctionsRate: 0.2,
      longFunctionsRate: 0.1,
      longFunctions: 1,
      complexFunctions: 2,
      totalFunctions: 10,
    });
  });

  it('leaves ratios null without code lines or functions', () => {
    const summary = summarize(findings, [], 0, 0);
    expect(summary.violations).toBe(6);
    expect(summary.violationsSecurityPerSloc).toBeNull();
    expect(summary.duplicated_linesPerSloc).toBeNull();
    expect(summary.violationsSeverity1PerSloc).toBeNull();
    expect([summary.totalFunctions, summary.complexFunctionsRate, summary.longFunctionsRate]).toEqual([0, null, null]);
  });
});

describe('countFunctions', () => {
  it('counts functions over the thresholds', () => {
    const functions = [
      { complexity: 16, length: 101 },
      { complexity: 15, length: 100 },
      { complexity: 30, length: 10 },
    ];
    expect(countFunctions(functions)).toEqual({ total: 3, complex: 2, long: 1 });
    expect(countFunctions(functions, { complexity: 20, length: 50 })).toEqual({ total: 3, complex: 1, long: 2 });
  });
});
