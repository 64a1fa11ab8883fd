import { describe, expect, it } from 'vitest';
import { findClones } from './find-clones.js';
import type { DuplicationOptions, FileTokens } from './types.js';

const options: DuplicationOptions = { minTokens: 10, minLines: 2 };
const noSource = (): string => '';

/** Tokens given as numbers (their own hashes), `perLine` to a line, starting at line 1. */
function file(filename: string, tokens: number[], { perLine = 5, exact = tokens } = {}): FileTokens {
  return {
    filename,
    normalized: Uint32Array.from(tokens),
    exact: Uint32Array.from(exact),
    lines: Uint32Array.from(tokens, (_, i) => Math.floor(i / perLine) + 1),
  };
}

const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);
const places = (files: FileTokens[], given = options): string[] =>
  findClones(files, given, noSource).map(
    (c) => `${c.tokenCount} ${c.kind} ${c.occurrences.map((o) => `${o.filename}:${o.line}-${o.lineEnd}`).join(' ')}`,
  );

describe('findClones', () => {
  it('reports a shared sequence once, with both occurrences, extended as far as the copies agree', () => {
    const shared = range(100, 12);
    expect(places([file('a', [1, 2, 3, ...shared, 4]), file('b', [5, ...shared, 6, 7])])).toEqual([
      '12 identical a:1-3 b:1-3',
    ]);
  });

  it('ignores copies shorter than minTokens or spanning fewer than minLines lines', () => {
    const shared = range(100, 9);
    expect(places([file('a', [1, ...shared, 2]), file('b', [3, ...shared, 4])])).toEqual([]);
    const long = range(100, 12);
    expect(places([file('a', long, { perLine: 20 }), file('b', long, { perLine: 20 })])).toEqual([]);
  });

  it('tells identical copies from ones whose names or literals differ', () => {
    const shared = range(100, 10);
    const renamed = shared.map((token) => token + 1000);
    expect(places([file('a', shared), file('b', shared, { exact: renamed })])).toEqual(['10 similar a:1-2 b:1-2']);
  });

  it('never lets a clone run from one file into the next', () => {
    const x = range(100, 10);
    const y = range(200, 10);
    expect(places([file('a', [...x, ...y]), file('b', x), file('c', y)])).toEqual([
      '10 identical a:1-2 b:1-2',
      '10 identical a:3-4 c:1-2',
    ]);
  });

  it('splits code repeated back to back into disjoint occurrences', () => {
    const block = range(100, 10);
    expect(places([file('a', [1, ...block, ...block, ...block, ...block, 2])])).toEqual([
      '10 identical a:1-3 a:3-5 a:5-7 a:7-9',
    ]);
  });

  it('drops a class whose occurrences all lie inside the occurrences of a larger one', () => {
    const inner = range(100, 10);
    const outer = [...range(300, 5), ...inner, ...range(400, 5)];
    expect(places([file('a', outer), file('b', outer)])).toEqual(['20 identical a:1-4 b:1-4']);
  });

  it('keeps a class whose copies repeat inside one copy of a larger one', () => {
    const block = range(100, 10);
    const outer = [1, ...block, 2, ...block, 3];
    expect(places([file('a', outer), file('b', outer)])).toEqual([
      '23 identical a:1-5 b:1-5',
      '10 identical a:1-3 a:3-5 b:1-3 b:3-5',
    ]);
  });

  it('gives the same classes whatever the order of the files', () => {
    const shared = range(100, 15);
    const files = [file('c', [9, ...shared]), file('a', [...shared, 8]), file('b', [7, 7, ...shared])];
    expect(places([...files].reverse())).toEqual(places(files));
    expect(places(files)).toEqual(['15 identical a:1-3 b:1-4 c:1-4']);
  });

  it('rejects a minimum of zero tokens', () => {
    expect(() => findClones([], { minTokens: 0, minLines: 1 }, noSource)).toThrow(/minTokens/);
  });
});
