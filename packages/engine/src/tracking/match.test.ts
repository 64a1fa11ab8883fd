import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/types.js';
import { lineOf, tracked, untracked } from './fixtures.case.js';
import { lineHashes, splitLines } from './line-hash.js';
import { type FindingMatch, matchFindings, type MatchOptions } from './match.js';

const withSources = (previous: Record<string, string>, current: Record<string, string>): MatchOptions => ({
  previousLineHashes: (filename) =>
    previous[filename] === undefined ? undefined : lineHashes(splitLines(previous[filename])),
  currentLineHashes: (filename) =>
    current[filename] === undefined ? undefined : lineHashes(splitLines(current[filename])),
});

/** The match as line numbers: common pairs `[previous line, current line]`, added and fixed lines. */
const lines = (match: FindingMatch) => ({
  common: match.common.map(({ previous, current }) => [previous.line, current.line]),
  added: match.added.map((f) => f.line),
  fixed: match.fixed.map((f) => f.line),
});

const join = (...rows: string[]) => rows.join('\n');

describe('matchFindings', () => {
  const before = join('class A {', '  Object f() {', '    debug(x);', '    return null;', '  }', '}');
  const inserted = join(
    'import a;',
    'import b;',
    '',
    'class A {',
    '  Object f() {',
    '    debug(x);',
    '    return null;',
    '  }',
    '}',
  );

  it('follows a finding when lines are inserted above it, keeping its uniqueIdentifier', () => {
    const previous = tracked({ 'A.java': before }, [untracked('A.java', 4)]);
    const current = tracked({ 'A.java': inserted }, [untracked('A.java', 7)]);
    const match = matchFindings(previous, current);
    expect(lines(match)).toEqual({ common: [[4, 7]], added: [], fixed: [] });
    expect(match.common[0]?.current.uniqueIdentifier).toBe(match.common[0]?.previous.uniqueIdentifier);
  });

  it('reports a finding that is gone as fixed and a finding that is new as added', () => {
    const debug = { rule: 'no-debug', description: 'Remove this debug call.' };
    const previous = tracked({ 'A.java': before }, [untracked('A.java', 3, debug), untracked('A.java', 4)]);
    const current = tracked({ 'A.java': inserted }, [
      untracked('A.java', 7),
      untracked('A.java', 5, { rule: 'naming' }),
    ]);
    const match = matchFindings(previous, current);
    expect(lines(match)).toEqual({ common: [[4, 7]], added: [5], fixed: [3] });
    expect(match.fixed[0]?.rule).toBe('no-debug');
    expect(match.added[0]?.rule).toBe('naming');
  });

  it('never matches across files or across rules', () => {
    const previous = tracked({ 'A.java': before, 'B.java': before }, [
      untracked('A.java', 4),
      untracked('B.java', 4, { tool: 'pmd' }),
    ]);
    const current = tracked({ 'A.java': before, 'B.java': before }, [
      untracked('B.java', 4),
      untracked('A.java', 4, { tool: 'pmd' }),
    ]);
    const match = matchFindings(previous, current);
    expect(match.common).toEqual([]);
    expect(match.added.map((f) => `${f.filename} ${f.tool}`)).toEqual(['A.java pmd', 'B.java plumb']);
    expect(match.fixed.map((f) => `${f.filename} ${f.tool}`)).toEqual(['A.java plumb', 'B.java pmd']);
  });

  describe('two findings on equal lines, one removed', () => {
    const previousSource = join(
      'void a() {',
      '  debug(x);',
      '  step1();',
      '}',
      'void b() {',
      '  debug(x);',
      '  step2();',
      '}',
    );
    const currentSource = join('void a() {', '  step1();', '}', 'void b() {', '  debug(x);', '  step2();', '}');
    const previous = tracked({ 'a.c': previousSource }, [untracked('a.c', 2), untracked('a.c', 6)]);
    const current = tracked({ 'a.c': currentSource }, [untracked('a.c', 5)]);

    it('keeps the one whose surroundings are unchanged when line hashes are known', () => {
      const match = matchFindings(previous, current, withSources({ 'a.c': previousSource }, { 'a.c': currentSource }));
      expect(lines(match)).toEqual({ common: [[6, 5]], added: [], fixed: [2] });
    });

    it('still counts one common and one fixed without them', () => {
      const match = matchFindings(previous, current);
      expect(match.common).toHaveLength(1);
      expect(match.fixed).toHaveLength(1);
      expect(match.added).toEqual([]);
    });
  });

  describe('a moved function', () => {
    const previousSource = join(
      'class A {',
      '  Object small() {',
      '    log("small");',
      '    return null;',
      '  }',
      '',
      '  Object big(int a) {',
      '    int b = a + 1;',
      '    if (b > 3) {',
      '      return null;',
      '    }',
      '    int c = b * 2;',
      '    log("big");',
      '    return c;',
      '  }',
      '}',
    );
    const currentSource = join(
      'class A {',
      '  Object big(int a) {',
      '    int b = a + 1;',
      '    if (b > 3) {',
      '      return null;',
      '    }',
      '    int c = b * 2;',
      '    log("big");',
      '    return c;',
      '  }',
      '',
      '  Object small() {',
      '    log("small");',
      '    return null;',
      '  }',
      '}',
    );
    const smallBefore = lineOf(previousSource, 'return null');
    const bigBefore = lineOf(previousSource, 'return null', smallBefore + 1);
    const bigAfter = lineOf(currentSource, 'return null');
    const smallAfter = lineOf(currentSource, 'return null', bigAfter + 1);
    const previous = tracked({ 'A.java': previousSource }, [
      untracked('A.java', smallBefore),
      untracked('A.java', bigBefore),
    ]);
    const current = tracked({ 'A.java': currentSource }, [
      untracked('A.java', bigAfter),
      untracked('A.java', smallAfter),
    ]);

    it('keeps its findings: each one follows its own function', () => {
      const match = matchFindings(
        previous,
        current,
        withSources({ 'A.java': previousSource }, { 'A.java': currentSource }),
      );
      expect(lines(match)).toEqual({
        common: [
          [bigBefore, bigAfter],
          [smallBefore, smallAfter],
        ],
        added: [],
        fixed: [],
      });
    });

    it('pairs them in line order when no line hashes are given (the moved-block pass is what tells them apart)', () => {
      const match = matchFindings(previous, current);
      expect(lines(match).common).toEqual([
        [smallBefore, bigAfter],
        [bigBefore, smallAfter],
      ]);
    });
  });

  describe('weaker passes', () => {
    it('matches a changed message at the same line and code (rule+line+codeHash)', () => {
      const previous = tracked({ 'A.java': before }, [untracked('A.java', 4, { description: 'Do not return null.' })]);
      const current = tracked({ 'A.java': before }, [
        untracked('A.java', 4, { description: 'Return an Optional instead of null.' }),
      ]);
      const match = matchFindings(previous, current);
      expect(lines(match)).toEqual({ common: [[4, 4]], added: [], fixed: [] });
      expect(match.common[0]?.current.description).toBe('Return an Optional instead of null.');
    });

    it('matches a changed message on a moved line by rule and codeHash alone', () => {
      const previous = tracked({ 'A.java': before }, [untracked('A.java', 4, { description: 'Do not return null.' })]);
      const current = tracked({ 'A.java': inserted }, [
        untracked('A.java', 7, { description: 'Return an Optional instead of null.' }),
      ]);
      expect(lines(matchFindings(previous, current))).toEqual({ common: [[4, 7]], added: [], fixed: [] });
    });

    it('matches an edited line with the same message at the same line (rule+line+message)', () => {
      const edited = before.replace('return null;', 'return   null ; // none');
      const previous = tracked({ 'A.java': before }, [untracked('A.java', 4)]);
      const current = tracked({ 'A.java': edited }, [untracked('A.java', 4)]);
      expect(previous[0]?.codeHash).not.toBe(current[0]?.codeHash);
      expect(lines(matchFindings(previous, current))).toEqual({ common: [[4, 4]], added: [], fixed: [] });
    });

    it('lets the strongest evidence win: the same message is preferred over the first of its line', () => {
      const first = { description: 'A: first message' };
      const second = { description: 'B: second message' };
      const previous = tracked({ 'A.java': before }, [untracked('A.java', 4, first), untracked('A.java', 4, second)]);
      const current = tracked({ 'A.java': before }, [untracked('A.java', 4, second)]);
      const match = matchFindings(previous, current);
      expect(match.common.map(({ previous: p }) => p.description)).toEqual([second.description]);
      expect(match.fixed.map((f) => f.description)).toEqual([first.description]);
    });

    it('prefers the same message and code to the first of the same code as lines move (rule+message+codeHash)', () => {
      const source = join('a();', 'x();', 'a();');
      const shifted = join('// header', 'a();', 'x();', 'a();');
      const previous = tracked({ 'x.c': source }, [
        untracked('x.c', 1, { description: 'first' }),
        untracked('x.c', 3, { description: 'second' }),
      ]);
      const current = tracked({ 'x.c': shifted }, [untracked('x.c', 4, { description: 'second' })]);
      expect(lines(matchFindings(previous, current))).toEqual({ common: [[3, 4]], added: [], fixed: [1] });
    });

    it('does not match what shares neither line, code nor message', () => {
      const previous = tracked({ 'A.java': before }, [untracked('A.java', 3, { description: 'one' })]);
      const current = tracked({ 'A.java': before }, [untracked('A.java', 4, { description: 'two' })]);
      expect(lines(matchFindings(previous, current))).toEqual({ common: [], added: [4], fixed: [3] });
    });
  });

  it('gives the same answer whatever the order of its input', () => {
    const source = join('a();', 'a();', 'b();', 'a();');
    const make = (lineNumbers: number[]): Finding[] =>
      tracked(
        { 'x.c': source },
        lineNumbers.map((n) => untracked('x.c', n)),
      );
    const previous = make([1, 2, 3]);
    const current = make([2, 4, 3, 1]);
    const forward = lines(matchFindings(previous, current, withSources({ 'x.c': source }, { 'x.c': source })));
    const backward = lines(
      matchFindings([...previous].reverse(), [...current].reverse(), withSources({ 'x.c': source }, { 'x.c': source })),
    );
    expect(backward).toEqual(forward);
    expect(forward).toEqual({
      common: [
        [1, 1],
        [2, 2],
        [3, 3],
      ],
      added: [4],
      fixed: [],
    });
  });
});
