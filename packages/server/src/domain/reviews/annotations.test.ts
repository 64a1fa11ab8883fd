import type { AnalysisDiff, ComplexFunction, Finding } from '@plumb/engine';
import { describe, expect, it } from 'vitest';
import { annotationsOnChangedLines } from './annotations.js';

const finding = (filename: string, line: number, lineEnd = line): Finding => ({
  rule: 'no-debugger',
  tool: 'oxlint',
  category: 'Error_Prone',
  severity: 'moderate',
  filename,
  line,
  lineEnd,
  column: 1,
  description: 'debugger',
  language: 'Javascript',
  remediationMinutes: 5,
  codeHash: 'h',
  uniqueIdentifier: `u${line}`,
});
const fn = (filename: string, lineStart: number, lineEnd: number): ComplexFunction => ({
  complexity: 20,
  filename,
  functionName: `f${lineStart}`,
  length: lineEnd - lineStart + 1,
  lineStart,
  lineEnd,
  nbParameters: 0,
  language: 'Javascript',
});
const EMPTY: AnalysisDiff = {
  addedViolations: [],
  removedViolations: [],
  addedDuplicates: [],
  removedDuplicates: [],
  addedComplexFunctions: [],
  removedComplexFunctions: [],
  addedLongFunctions: [],
  removedLongFunctions: [],
};

describe('annotationsOnChangedLines', () => {
  const changed = new Map([['a.js', [3, 10, 11]]]);

  it('keeps what any of its lines touches a changed line of its file, by file, line and kind', () => {
    const diff: AnalysisDiff = {
      ...EMPTY,
      addedViolations: [finding('a.js', 11), finding('a.js', 1, 3), finding('a.js', 4, 9), finding('b.js', 3)],
      addedDuplicates: [
        { id: 1, lineCount: 2, code: 'x', filename: 'a.js', line: 9 },
        { id: 1, lineCount: 2, code: 'x', filename: 'a.js', line: 5 },
      ],
      addedComplexFunctions: [fn('a.js', 4, 12), fn('a.js', 12, 20)],
      addedLongFunctions: [fn('a.js', 4, 12)],
    };
    const kept = annotationsOnChangedLines(diff, changed).map((a) => [a.kind, a.filename, a.line]);
    expect(kept).toEqual([
      ['violation', 'a.js', 1],
      ['complexFunction', 'a.js', 4],
      ['longFunction', 'a.js', 4],
      ['duplicate', 'a.js', 9],
      ['violation', 'a.js', 11],
    ]);
  });

  it('keeps nothing that was removed, nor anything when no line changed', () => {
    const diff = { ...EMPTY, removedViolations: [finding('a.js', 3)] };
    expect(annotationsOnChangedLines(diff, changed)).toEqual([]);
    expect(annotationsOnChangedLines({ ...EMPTY, addedViolations: [finding('a.js', 3)] }, new Map())).toEqual([]);
  });
});
