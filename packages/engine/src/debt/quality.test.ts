import { describe, expect, it } from 'vitest';
import { rateFunction, scrutinizerQuality, scrutinizerRating } from './quality.js';

const fn = (
  filename: string,
  functionName: string,
  lineStart: number,
  lineEnd: number,
  complexity: number,
  length: number,
) => ({
  filename,
  functionName,
  lineStart,
  lineEnd,
  complexity,
  length,
});

describe('rateFunction', () => {
  it('takes points off 10 for complexity over 5, length over 20 and findings', () => {
    expect(rateFunction({ complexity: 10, length: 40 }, [{ severity: 'high' }])).toBe(4.5); // 10 − 2.5 − 1 − 2
    expect(rateFunction({ complexity: 5, length: 20 }, [{ severity: 'info' }])).toBe(10);
    // 10 − 1 − 0.5 − 0.5 − 1
    expect(rateFunction({ complexity: 7, length: 30 }, [{ severity: 'low' }, { severity: 'moderate' }])).toBe(7);
    expect(rateFunction({ complexity: 45, length: 300 }, [])).toBe(0);
  });
});

describe('scrutinizerRating', () => {
  it.each([
    [10, 'very_good'],
    [8, 'very_good'],
    [7.99, 'good'],
    [6, 'good'],
    [4, 'satisfactory'],
    [2, 'pass'],
    [1.99, 'critical'],
    [0, 'critical'],
  ])('rates %s as %s', (score, rating) => {
    expect(scrutinizerRating(score)).toBe(rating);
  });
});

describe('scrutinizerQuality', () => {
  const functions = [
    fn('a.ts', 'clean', 1, 30, 1, 20), // 10, weight 20
    fn('a.ts', 'outer', 40, 100, 10, 40), // 10 − 2.5 − 1 − 2 (high at 50) = 4.5, weight 40
    fn('a.ts', 'inner', 45, 48, 1, 4), // 10 − 4 (critical at 46) = 6, weight 4
    fn('b.ts', 'tangled', 1, 80, 20, 60), // 10 − 7.5 − 2 = 0.5, weight 60
  ];
  const findings = [
    { filename: 'a.ts', line: 50, severity: 'high' as const },
    { filename: 'a.ts', line: 46, severity: 'critical' as const },
    { filename: 'a.ts', line: 200, severity: 'critical' as const },
    { filename: 'c.ts', line: 1, severity: 'critical' as const },
  ];

  it('averages function scores weighted by length, counting findings in the innermost function', () => {
    const quality = scrutinizerQuality(functions, findings);
    expect(quality.functions.map((f) => [f.functionName, f.score, f.rating, f.weight])).toEqual([
      ['clean', 10, 'very_good', 20],
      ['outer', 4.5, 'satisfactory', 40],
      ['inner', 6, 'good', 4],
      ['tangled', 0.5, 'critical', 60],
    ]);
    expect(quality.score).toBe(3.5); // (200 + 180 + 24 + 30) / 124
    expect(quality.nbOperations).toEqual({ very_good: 1, good: 1, satisfactory: 1, pass: 0, critical: 1 });
    expect(quality.weights).toEqual({ very_good: 20, good: 4, satisfactory: 40, pass: 0, critical: 60 });
    expect(quality.weightShares.very_good).toBe(20 / 124);
    expect(quality.weightShares.critical).toBe(60 / 124);
    expect(Object.values(quality.weightShares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('reads custom penalties', () => {
    const quality = scrutinizerQuality([fn('a.ts', 'f', 1, 10, 9, 10)], [], {
      freeComplexity: 1,
      pointsPerComplexity: 1,
    });
    expect(quality.score).toBe(2);
    expect(quality.nbOperations.pass).toBe(1);
  });

  it('scores a project without functions 10', () => {
    const quality = scrutinizerQuality([], findings);
    expect(quality.score).toBe(10);
    expect(quality.weightShares).toEqual({ very_good: 0, good: 0, satisfactory: 0, pass: 0, critical: 0 });
  });
});
