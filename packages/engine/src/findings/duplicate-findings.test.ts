import { describe, expect, it } from 'vitest';
import type { Duplicate, DuplicateOccurrence } from '../model.js';
import { duplicateFindings } from './duplicate-findings.js';

const duplicate = (id: number, lineCount: number, occurrences: DuplicateOccurrence[]): Duplicate => ({
  id,
  lineCount,
  tokenCount: 60,
  kind: 'identical',
  code: 'x',
  occurrences,
});

const copies = (count: number): DuplicateOccurrence[] =>
  Array.from({ length: count }, (_, i) => ({ filename: `f${i}.py`, line: 10 * i + 1, lineEnd: 10 * i + 6 }));

describe('duplicateFindings', () => {
  it('gives each file one finding that names its blocks and where else each occurs', () => {
    const findings = duplicateFindings([
      duplicate(1, 6, [
        { filename: 'a.py', line: 40, lineEnd: 45 },
        { filename: 'b.py', line: 1, lineEnd: 6 },
      ]),
      duplicate(2, 8, [
        { filename: 'a.py', line: 3, lineEnd: 10 },
        { filename: 'a.py', line: 20, lineEnd: 27 },
        { filename: 'c.py', line: 5, lineEnd: 12 },
      ]),
    ]);
    expect(findings.map((finding) => [finding.filename, finding.line, finding.lineEnd, finding.description])).toEqual([
      [
        'a.py',
        3,
        10,
        '22 duplicated lines in 3 blocks: lines 3–10 (also line 20, c.py:5); lines 20–27 (also line 3, c.py:5); ' +
          'lines 40–45 (also b.py:1).',
      ],
      ['b.py', 1, 6, '6 duplicated lines in 1 block: lines 1–6 (also a.py:40).'],
      ['c.py', 5, 12, '8 duplicated lines in 1 block: lines 5–12 (also a.py:3, a.py:20).'],
    ]);
    // 10 + 6 minutes for the first class's extra copy, 2 × (10 + 8) for the second's two: 52, shared by the files.
    expect(findings.reduce((total, finding) => total + finding.remediationMinutes, 0)).toBeCloseTo(52);
  });

  it('counts overlapping blocks once in the lines of a file', () => {
    const [finding] = duplicateFindings([
      duplicate(1, 6, [
        { filename: 'a.py', line: 1, lineEnd: 6 },
        { filename: 'b.py', line: 1, lineEnd: 6 },
      ]),
      duplicate(2, 6, [
        { filename: 'a.py', line: 4, lineEnd: 9 },
        { filename: 'c.py', line: 1, lineEnd: 6 },
      ]),
    ]);
    expect(finding!.description).toMatch(/^9 duplicated lines in 2 blocks: /);
  });

  it('names at most three other places per block, so a table copied thousands of times keeps short messages', () => {
    const findings = duplicateFindings([duplicate(1, 6, copies(3000))]);
    expect(findings).toHaveLength(3000);
    expect(findings[0]!.description).toBe(
      '6 duplicated lines in 1 block: lines 1–6 (also f1.py:11, f2.py:21, f3.py:31 and 2996 more places).',
    );
  });

  it('names at most ten blocks of a file and counts the rest', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      duplicate(i + 1, 6, [
        { filename: 'big.py', line: 10 * i + 1, lineEnd: 10 * i + 6 },
        { filename: 'other.py', line: 10 * i + 1, lineEnd: 10 * i + 6 },
      ]),
    );
    const [finding] = duplicateFindings(many);
    expect(finding!.description).toMatch(/^72 duplicated lines in 12 blocks: lines 1–6 \(also other\.py:1\); /);
    expect(finding!.description).toMatch(/; lines 91–96 \(also other\.py:91\); and 2 more blocks\.$/);
  });
});
