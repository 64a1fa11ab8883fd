import { describe, expect, it } from 'vitest';
import type { Duplicate } from '../model.js';
import { duplicateFindings, functionFindings } from './metric-rules.js';

const duplicate = (copies: number): Duplicate => ({
  id: 1,
  lineCount: 6,
  tokenCount: 60,
  kind: 'identical',
  code: 'x',
  occurrences: Array.from({ length: copies }, (_, i) => ({
    filename: `f${i}.py`,
    line: 10 * i + 1,
    lineEnd: 10 * i + 6,
  })),
});

describe('metric findings', () => {
  it('gives each copy of a duplicate its own finding, naming the other places', () => {
    const findings = duplicateFindings([duplicate(2)]);
    expect(findings.map((finding) => [finding.filename, finding.line, finding.lineEnd, finding.description])).toEqual([
      ['f0.py', 1, 6, '6 lines are duplicated at f1.py:11.'],
      ['f1.py', 11, 16, '6 lines are duplicated at f0.py:1.'],
    ]);
    expect(findings[0]!.remediationMinutes).toBe(8);
  });

  it('names at most three other places, so a table copied thousands of times keeps short messages', () => {
    const findings = duplicateFindings([duplicate(3000)]);
    expect(findings).toHaveLength(3000);
    expect(findings[0]!.description).toBe(
      '6 lines are duplicated in f1.py:11, f2.py:21, f3.py:31 and 2996 more places.',
    );
    expect(duplicateFindings([duplicate(5)])[4]!.description).toBe(
      '6 lines are duplicated in f0.py:1, f1.py:11, f2.py:21 and 1 more place.',
    );
  });

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
