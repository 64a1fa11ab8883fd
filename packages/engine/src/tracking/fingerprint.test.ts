import { describe, expect, it } from 'vitest';
import { trackFindings } from './fingerprint.js';
import { tracked, untracked } from './fixtures.case.js';
import { codeHash } from './line-hash.js';

const BEFORE = [
  'class A {',
  '  Object f() {',
  '    return null;',
  '  }',
  '  Object g() {',
  '    return null;',
  '  }',
  '}',
].join('\n');
const AFTER = [
  'import x;',
  '',
  'class A {',
  '  // f',
  '  Object f() {',
  '    return null;',
  '  }',
  '  Object g() {',
  '      return   null;',
  '  }',
  '}',
].join('\n');

describe('trackFindings', () => {
  it('fills codeHash from the first line and a uniqueIdentifier of file, rule, hash and occurrence', () => {
    const [first, second] = tracked({ 'A.java': BEFORE }, [untracked('A.java', 3), untracked('A.java', 6)]);
    const hash = codeHash('return null;');
    expect(first?.codeHash).toBe(hash);
    expect(first?.uniqueIdentifier).toBe(`A.java:plumb/no-null-return:${hash}:0`);
    expect(second?.uniqueIdentifier).toBe(`A.java:plumb/no-null-return:${hash}:1`);
  });

  it('keeps every identifier when lines are added above and whitespace changes', () => {
    const before = tracked({ 'A.java': BEFORE }, [untracked('A.java', 3), untracked('A.java', 6)]);
    const after = tracked({ 'A.java': AFTER }, [untracked('A.java', 6), untracked('A.java', 9)]);
    expect(after.map((f) => f.uniqueIdentifier)).toEqual(before.map((f) => f.uniqueIdentifier));
  });

  it('counts occurrences in line order whatever the input order, and returns findings in input order', () => {
    const findings = tracked({ 'A.java': BEFORE }, [untracked('A.java', 6), untracked('A.java', 3)]);
    expect(findings.map((f) => [f.line, f.uniqueIdentifier.endsWith(':1')])).toEqual([
      [6, true],
      [3, false],
    ]);
  });

  it('counts occurrences apart per file, per tool and per rule', () => {
    const sources = { 'A.java': BEFORE, 'B.java': BEFORE };
    const ids = tracked(sources, [
      untracked('A.java', 3),
      untracked('B.java', 3),
      untracked('A.java', 3, { tool: 'pmd' }),
      untracked('A.java', 6, { rule: 'other' }),
    ]).map((f) => f.uniqueIdentifier);
    expect(ids.every((id) => id.endsWith(':0'))).toBe(true);
    expect(new Set(ids).size).toBe(4);
  });

  it('hashes a line past the end of the file as an empty line, reading each file once', () => {
    let reads = 0;
    const readLines = () => {
      reads += 1;
      return ['x'];
    };
    const [pastTheEnd, first] = trackFindings([untracked('A.java', 99), untracked('A.java', 1)], readLines);
    expect(pastTheEnd?.codeHash).toBe(codeHash(''));
    expect(first?.codeHash).toBe(codeHash('x'));
    expect(reads).toBe(1);
  });
});
