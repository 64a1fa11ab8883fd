import { describe, expect, it } from 'vitest';
import {
  complexFunctionMinutes,
  DEFAULT_REMEDIATION_COSTS,
  duplicateMinutes,
  findingMinutes,
  longFunctionMinutes,
} from './remediation.js';

const clone = (lineCount: number, copies: number) => ({
  lineCount,
  occurrences: Array.from({ length: copies }, (_, i) => ({
    filename: 'a.c',
    line: i * 10 + 1,
    lineEnd: i * 10 + lineCount,
  })),
});

describe('remediation minutes', () => {
  it('takes a finding at its rule’s minutes', () => {
    expect(findingMinutes({ remediationMinutes: 7 })).toBe(7);
  });

  it('costs each extra copy of a clone 10 minutes plus 1 per line', () => {
    expect(duplicateMinutes(clone(6, 3))).toBe(32); // 2 × (10 + 6)
    expect(duplicateMinutes(clone(6, 2))).toBe(16);
    expect(duplicateMinutes(clone(6, 1))).toBe(0);
    expect(
      duplicateMinutes(clone(10, 2), {
        ...DEFAULT_REMEDIATION_COSTS,
        duplicateBaseMinutes: 5,
        duplicateMinutesPerLine: 0.5,
      }),
    ).toBe(10);
  });

  it('costs a complex function 10 minutes plus 2 per point of CCN over the threshold', () => {
    expect(complexFunctionMinutes({ complexity: 25 })).toBe(30); // 10 + 2 × 10
    expect(complexFunctionMinutes({ complexity: 16 })).toBe(12);
    expect(complexFunctionMinutes({ complexity: 15 })).toBe(0);
    expect(complexFunctionMinutes({ complexity: 25 }, DEFAULT_REMEDIATION_COSTS, 20)).toBe(20);
  });

  it('costs a long function 10 minutes plus 0.2 per line over the threshold', () => {
    expect(longFunctionMinutes({ length: 150 })).toBe(20); // 10 + 0.2 × 50
    expect(longFunctionMinutes({ length: 101 })).toBeCloseTo(10.2, 10);
    expect(longFunctionMinutes({ length: 100 })).toBe(0);
    expect(
      longFunctionMinutes({ length: 150 }, { ...DEFAULT_REMEDIATION_COSTS, longFunctionMinutesPerLine: 1 }, 120),
    ).toBe(40);
  });
});
