import { describe, expect, it } from 'vitest';
import { functionFindings } from './metric-rules.js';

describe('metric findings', () => {
  it('reports functions over the complexity and length thresholds', () => {
    const fn = {
      complexity: 16,
      filename: 'a.c',
      functionName: 'f',
      length: 101,
      lineStart: 3,
      lineEnd: 120,
      nbParameters: 1,
      language: 'C' as const,
      cognitiveComplexity: 20,
      nestingDepth: 2,
      role: 'main' as const,
    };
    expect(
      functionFindings([fn, { ...fn, complexity: 15, length: 100 }], { complexity: 15, length: 100 }).map((finding) => [
        finding.rule,
        finding.description,
      ]),
    ).toEqual([
      ['metrics/complex-function', 'Function f has a cyclomatic complexity of 16 (more than 15).'],
      ['metrics/long-function', 'Function f is 101 lines long (more than 100).'],
    ]);
  });
});
