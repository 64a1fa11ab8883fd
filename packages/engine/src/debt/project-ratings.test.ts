import { describe, expect, it } from 'vitest';
import type { Severity, ViolationCategory } from '../findings/types.js';
import { projectRatings } from './project-ratings.js';

const finding = (category: ViolationCategory, severity: Severity, remediationMinutes: number) => ({
  filename: 'a.ts',
  category,
  severity,
  remediationMinutes,
});

describe('projectRatings', () => {
  const input = {
    files: [{ filename: 'a.ts', code: 100, duplicatedLines: 0 }],
    findings: [finding('Error_Prone', 'moderate', 200), finding('Security', 'high', 100)],
    duplicates: [],
    functions: [{ filename: 'a.ts', functionName: 'f', complexity: 20, length: 10 }],
  };

  it('rates maintainability from the debt ratio and the rest from the worst findings', () => {
    // 200 + 100 + (10 + 2 × 5) = 320 minutes of 3,000: 10.7%
    expect(projectRatings(input)).toEqual({
      debtMinutes: 320,
      debtRatio: 320 / 3000,
      maintainability: 'C',
      reliability: 'C',
      security: 'D',
    });
  });

  it('reads the minutes per line and the grid', () => {
    expect(projectRatings(input, { minutesPerLine: 100 }).maintainability).toBe('A'); // 3.2%
    expect(projectRatings(input, { grid: [0.2, 0.3, 0.4, 0.5] }).maintainability).toBe('A');
  });
});
