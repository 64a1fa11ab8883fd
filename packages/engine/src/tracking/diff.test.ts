import { describe, expect, it } from 'vitest';
import type { AnalysisFunction, Duplicate } from '../model.js';
import { type DiffInput, diffAnalyses } from './diff.js';
import { tracked, untracked } from './fixtures.case.js';

function fn(
  filename: string,
  functionName: string,
  complexity: number,
  length: number,
  lineStart: number,
): AnalysisFunction {
  return {
    complexity,
    filename,
    functionName,
    length,
    lineStart,
    lineEnd: lineStart + length,
    nbParameters: 1,
    language: 'Java',
    cognitiveComplexity: complexity,
    nestingDepth: 1,
    role: 'main',
  };
}

const empty: DiffInput = { violations: [], duplicates: [], functions: [] };
const names = (functions: readonly { filename: string; functionName: string }[]) =>
  functions.map((f) => `${f.filename}#${f.functionName}`);

describe('diffAnalyses', () => {
  it('reports added and removed violations from matchFindings', () => {
    const source = { 'A.java': 'a();\nb();\nc();' };
    const previous = { ...empty, violations: tracked(source, [untracked('A.java', 1), untracked('A.java', 2)]) };
    const current = { ...empty, violations: tracked(source, [untracked('A.java', 2), untracked('A.java', 3)]) };
    const diff = diffAnalyses(previous, current);
    expect(diff.addedViolations.map((f) => f.line)).toEqual([3]);
    expect(diff.removedViolations.map((f) => f.line)).toEqual([1]);
  });

  describe('functions', () => {
    const previous = {
      ...empty,
      functions: [
        fn('A.java', 'A::stays', 20, 10, 10),
        fn('A.java', 'A::calmed', 18, 10, 40),
        fn('A.java', 'A::renamed', 30, 120, 60),
        fn('B.java', 'B::grows', 2, 90, 1),
      ],
    };
    const current = {
      ...empty,
      functions: [
        fn('A.java', 'A::stays', 22, 10, 30),
        fn('A.java', 'A::calmed', 15, 10, 50),
        fn('A.java', 'A::newName', 30, 120, 80),
        fn('B.java', 'B::grows', 16, 101, 1),
      ],
    };

    it('matches complex functions by file and name, not line', () => {
      const diff = diffAnalyses(previous, current);
      expect(names(diff.addedComplexFunctions)).toEqual(['A.java#A::newName', 'B.java#B::grows']);
      expect(names(diff.removedComplexFunctions)).toEqual(['A.java#A::calmed', 'A.java#A::renamed']);
    });

    it('matches long functions by file and name', () => {
      const diff = diffAnalyses(previous, current);
      expect(names(diff.addedLongFunctions)).toEqual(['A.java#A::newName', 'B.java#B::grows']);
      expect(names(diff.removedLongFunctions)).toEqual(['A.java#A::renamed']);
    });

    it('uses the thresholds it is given and returns only ComplexFunction fields', () => {
      const diff = diffAnalyses(previous, current, { thresholds: { complexity: 20, length: 200 } });
      expect(names(diff.addedComplexFunctions)).toEqual(['A.java#A::stays', 'A.java#A::newName']);
      expect(names(diff.removedComplexFunctions)).toEqual(['A.java#A::renamed']);
      expect(diff.addedLongFunctions).toEqual([]);
      expect(Object.keys(diff.addedComplexFunctions[0] ?? {}).sort()).toEqual([
        'complexity',
        'filename',
        'functionName',
        'language',
        'length',
        'lineEnd',
        'lineStart',
        'nbParameters',
      ]);
    });

    it('adds a second function of the same name as a new one', () => {
      const twice = { ...empty, functions: [fn('A.java', 'f', 20, 1, 5), fn('A.java', 'f', 20, 1, 50)] };
      const diff = diffAnalyses({ ...empty, functions: [fn('A.java', 'f', 20, 1, 9)] }, twice);
      expect(diff.addedComplexFunctions.map((f) => f.lineStart)).toEqual([50]);
      expect(diff.removedComplexFunctions).toEqual([]);
    });
  });

  describe('duplicates', () => {
    const clone = (id: number, code: string, occurrences: [string, number][]): Duplicate => ({
      id,
      lineCount: 6,
      tokenCount: 60,
      kind: 'identical',
      code,
      occurrences: occurrences.map(([filename, line]) => ({ filename, line, lineEnd: line + 5 })),
    });

    it('flattens occurrences and matches them by normalized code and file, whatever their line and id', () => {
      const previous = {
        ...empty,
        duplicates: [
          clone(1, 'copy();\npaste();', [
            ['a.c', 10],
            ['b.c', 20],
          ]),
          clone(2, 'gone();', [
            ['g.c', 1],
            ['g.c', 30],
          ]),
        ],
      };
      const current = {
        ...empty,
        duplicates: [
          clone(7, '  copy();\n\tpaste(); ', [
            ['a.c', 15],
            ['b.c', 20],
            ['c.c', 5],
          ]),
        ],
      };
      const diff = diffAnalyses(previous, current);
      expect(diff.addedDuplicates).toEqual([
        { id: 7, lineCount: 6, code: '  copy();\n\tpaste(); ', filename: 'c.c', line: 5 },
      ]);
      expect(diff.removedDuplicates.map((d) => [d.id, d.filename, d.line])).toEqual([
        [2, 'g.c', 1],
        [2, 'g.c', 30],
      ]);
    });

    it('sees changed code as a removed clone and an added one', () => {
      const previous = { ...empty, duplicates: [clone(1, 'a();', [['a.c', 1]])] };
      const current = { ...empty, duplicates: [clone(1, 'b();', [['a.c', 1]])] };
      const diff = diffAnalyses(previous, current);
      expect(diff.addedDuplicates.map((d) => d.code)).toEqual(['b();']);
      expect(diff.removedDuplicates.map((d) => d.code)).toEqual(['a();']);
    });
  });
});
