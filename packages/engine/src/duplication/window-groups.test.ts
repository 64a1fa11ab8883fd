import { describe, expect, it } from 'vitest';
import { concatenateTokens } from './token-stream.js';
import type { FileTokens } from './types.js';
import { groupSize, groupWindows, membersOf } from './window-groups.js';

function file(filename: string, tokens: number[]): FileTokens {
  const normalized = Uint32Array.from(tokens);
  return { filename, normalized, exact: normalized, lines: normalized.map((_, index) => index + 1) };
}

const groupsOf = (tokens: number[][], width: number) => {
  const groups = groupWindows(concatenateTokens(tokens.map((list, index) => file(`f${index}`, list))), width);
  return Array.from({ length: groups.count }, (_, group) => Array.from(membersOf(groups, group)));
};

describe('groupWindows', () => {
  it('groups repeated windows, within and across files, each group in token order', () => {
    // Windows of 2: [1,2] at 0, 4 and 6 (file 1 starts at 6); [2,3] at 1 and 7.
    expect(
      groupsOf(
        [
          [1, 2, 3, 9, 1, 2],
          [1, 2, 3],
        ],
        2,
      ).sort(),
    ).toEqual([
      [0, 4, 6],
      [1, 7],
    ]);
  });

  it('never groups a window that spans two files', () => {
    expect(groupsOf([[7, 8], [9], [7, 8, 9]], 2)).toEqual([[0, 3]]);
  });

  it('leaves windows that occur once out of every group', () => {
    const groups = groupWindows(concatenateTokens([file('a', [1, 2, 3, 4])]), 2);
    expect(groups.count).toBe(0);
    expect(Array.from(groups.groupOf)).toEqual([-1, -1, -1, -1]);
  });

  it('tells apart windows whose first hashes collide, by the second', () => {
    // With width 2 the first hash is t0 * 1_000_003 + t1 (mod 2^32): [5, 1_000_010] and [6, 7] collide on it.
    const colliding = [5, 1_000_010, 100, 6, 7, 200, 5, 1_000_010, 300, 6, 7];
    const groups = groupWindows(concatenateTokens([file('a', colliding)]), 2);
    const found = Array.from({ length: groups.count }, (_, group) => Array.from(membersOf(groups, group))).sort();
    expect(found).toEqual([
      [0, 6],
      [3, 9],
    ]);
    expect(groupSize(groups, 0)).toBe(2);
  });
});
