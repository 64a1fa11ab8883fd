import { describe, expect, it } from 'vitest';
import { isComplexFunction, isLongFunction } from './index.js';
import type { FunctionMetrics } from './types.js';

const fn = (complexity: number, length: number): FunctionMetrics => ({
  functionName: 'f',
  lineStart: 1,
  lineEnd: length,
  length,
  nbParameters: 0,
  complexity,
  cognitiveComplexity: 0,
  nestingDepth: 0,
});

describe('function thresholds', () => {
  it('is complex above CCN 15 by default, and above the given threshold', () => {
    expect(isComplexFunction(fn(15, 1))).toBe(false);
    expect(isComplexFunction(fn(16, 1))).toBe(true);
    expect(isComplexFunction(fn(6, 1), { complexity: 5 })).toBe(true);
  });
  it('is long above 100 lines of code by default, and above the given threshold', () => {
    expect(isLongFunction(fn(1, 100))).toBe(false);
    expect(isLongFunction(fn(1, 101))).toBe(true);
    expect(isLongFunction(fn(1, 21), { length: 20 })).toBe(true);
  });
});
