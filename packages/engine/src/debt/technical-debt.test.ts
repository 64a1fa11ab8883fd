import { describe, expect, it } from 'vitest';
import type { ViolationCategory } from '../findings/types.js';
import { type DebtInput, debtMinutes, qualityScoreFromRatio, technicalDebt } from './technical-debt.js';

const finding = (filename: string, category: ViolationCategory, remediationMinutes: number) => ({
  filename,
  category,
  remediationMinutes,
});
const fn = (filename: string, functionName: string, complexity: number, length: number) => ({
  filename,
  functionName,
  complexity,
  length,
});

/** 1,000 code lines; hand-computed debt below. */
const input: DebtInput = {
  files: [
    { filename: 'a.ts', code: 200, duplicatedLines: 12 },
    { filename: 'b.ts', code: 800, duplicatedLines: 0 },
    { filename: 'empty.ts', code: 0, duplicatedLines: 0 },
  ],
  findings: [
    finding('a.ts', 'Error_Prone', 30),
    finding('a.ts', 'Code_Style', 5),
    finding('a.ts', 'Security', 60),
    finding('b.ts', 'Documentation', 10),
    finding('b.ts', 'Best_Practice', 15),
  ],
  duplicates: [
    {
      lineCount: 6,
      occurrences: [
        { filename: 'a.ts', line: 1, lineEnd: 6 },
        { filename: 'a.ts', line: 50, lineEnd: 55 },
      ],
    },
  ],
  functions: [fn('a.ts', 'f', 25, 150), fn('b.ts', 'g', 16, 40), fn('b.ts', 'h', 3, 101)],
};

describe('debtMinutes', () => {
  it('splits the debt into four kinds that add up', () => {
    const minutes = debtMinutes(input);
    expect(minutes.violations).toBe(105); // 30 + 60 + 15
    expect(minutes.duplicates).toBe(16); // 1 × (10 + 6)
    expect(minutes.complexity).toBe(42); // f: 10 + 2 × 10, g: 10 + 2 × 1
    expect(minutes.readability).toBeCloseTo(45.2, 10); // 5 + 10 findings, f: 10 + 0.2 × 50, h: 10 + 0.2 × 1
    expect(minutes.total).toBeCloseTo(208.2, 10);
  });
});

describe('technicalDebt', () => {
  it('gives hours, costs at 50 an hour, densities, score and grade', () => {
    expect(technicalDebt(input)).toEqual({
      score: 97, // ratio 208.2 / 30,000 = 0.00694: floor(100 − 20 × 0.00694 / 0.05)
      grade: 'A',
      fixingViolationsHours: 1.75,
      fixingDuplicatesHours: 0.27,
      fixingComplexityHours: 0.7,
      fixingReadabilityHours: 0.75,
      fixingViolationsCost: 87.5,
      fixingDuplicatesCost: 13.33,
      fixingComplexityCost: 35,
      fixingReadabilityCost: 37.67,
      violationsDensity: [
        { filename: 'a.ts', function: null, metric: 15 }, // 3 per 200 lines = 15 per 1,000
        { filename: 'b.ts', function: null, metric: 2.5 },
      ],
      duplicatesDensity: [{ filename: 'a.ts', function: null, metric: 6 }], // 12 of 200 lines = 6%
      complexFunctions: [
        { filename: 'a.ts', function: 'f', metric: 25 },
        { filename: 'b.ts', function: 'g', metric: 16 },
      ],
      longFunctions: [
        { filename: 'a.ts', function: 'f', metric: 150 },
        { filename: 'b.ts', function: 'h', metric: 101 },
      ],
    });
  });

  it('reads the hourly rate, the density limit and the thresholds', () => {
    const debt = technicalDebt(input, {
      hourlyRate: 100,
      densityLimit: 1,
      thresholds: { complexity: 20, length: 200 },
    });
    expect(debt.fixingViolationsCost).toBe(175);
    expect(debt.fixingComplexityHours).toBe(0.33); // f only: 10 + 2 × 5 = 20 minutes
    expect(debt.fixingComplexityCost).toBe(33.33);
    expect(debt.fixingReadabilityHours).toBe(0.25); // findings only: 15 minutes
    expect(debt.violationsDensity).toEqual([{ filename: 'a.ts', function: null, metric: 15 }]);
    expect(debt.complexFunctions).toEqual([{ filename: 'a.ts', function: 'f', metric: 25 }]);
    expect(debt.longFunctions).toEqual([]);
  });

  it('grades a heavily indebted project E and a project without code not at all', () => {
    const indebted = technicalDebt({
      ...input,
      findings: [...input.findings, finding('a.ts', 'Design', 22_500 - 208.2)],
    });
    expect([indebted.score, indebted.grade]).toEqual([10, 'E']); // ratio 0.75
    const noCode = technicalDebt({ ...input, files: [] });
    expect([noCode.score, noCode.grade]).toEqual([null, null]);
  });
});

describe('qualityScoreFromRatio', () => {
  it.each([
    [0, 100],
    [0.02, 92],
    [0.05, 80],
    [0.0500001, 79],
    [0.08, 68],
    [0.1, 60],
    [0.15, 50],
    [0.2, 40],
    [0.35, 30],
    [0.5, 20],
    [0.75, 10],
    [1, 0],
    [3, 0],
  ])('scores a debt ratio of %s as %s', (ratio, score) => {
    expect(qualityScoreFromRatio(ratio)).toBe(score);
  });
});
