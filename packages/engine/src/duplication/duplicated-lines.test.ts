import { describe, expect, it } from 'vitest';
import { duplicatedLines } from './duplicated-lines.js';
import type { CloneClass } from './types.js';

const cloneClass = (occurrences: [string, number, number][]): CloneClass => ({
  lineCount: 0,
  tokenCount: 0,
  code: '',
  kind: 'identical',
  occurrences: occurrences.map(([filename, line, lineEnd]) => ({ filename, line, lineEnd })),
});

describe('duplicatedLines', () => {
  it('counts each line once per file, however many occurrences cover it', () => {
    const classes = [
      cloneClass([
        ['a', 1, 10],
        ['b', 5, 14],
      ]),
      cloneClass([
        ['a', 8, 12],
        ['a', 20, 24],
      ]),
    ];
    expect(duplicatedLines(classes)).toEqual({
      total: 27,
      byFile: new Map([
        ['a', 17],
        ['b', 10],
      ]),
    });
  });

  it('is zero without classes', () => {
    expect(duplicatedLines([])).toEqual({ total: 0, byFile: new Map() });
  });
});
