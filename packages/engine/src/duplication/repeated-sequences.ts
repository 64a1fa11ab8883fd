import { fileEndOf, type TokenStream } from './token-stream.js';
import { groupSize, membersOf, type WindowGroups } from './window-groups.js';

/** A normalized token sequence of `length` tokens found at every one of `starts` (two or more). */
export interface RepeatedSequence {
  starts: number[];
  length: number;
}

/**
 * Finds every maximal repeated sequence: a run of window groups where each group's windows are exactly
 * the previous group's windows shifted by one token, widened token by token while all copies still agree.
 */
export function findRepeatedSequences(stream: TokenStream, groups: WindowGroups): RepeatedSequence[] {
  const successor = successorGroups(stream, groups);
  const found = new Map<string, RepeatedSequence>();
  const visited = new Uint8Array(groups.count);
  for (let position = 0; position < groups.groupOf.length; position++) {
    const group = groups.groupOf[position] ?? -1;
    if (group < 0 || visited[group]) continue;
    visited[group] = 1;
    if (continuesEarlierRun(groups, successor, position, group)) continue;
    let length = groups.width;
    for (let next = successor[group] ?? -1; next >= 0; next = successor[next] ?? -1) length++;
    const sequence = widen(stream, Array.from(membersOf(groups, group)), length);
    const key = `${sequence.starts[0]}:${sequence.length}`;
    if (!found.has(key)) found.set(key, sequence);
  }
  return [...found.values()];
}

/** For each group, the group its windows all move into one token later, if that is a one-to-one move; else -1. */
function successorGroups(stream: TokenStream, groups: WindowGroups): Int32Array {
  const successor = new Int32Array(groups.count).fill(-1);
  for (let group = 0; group < groups.count; group++) {
    const size = groupSize(groups, group);
    let target = -2;
    for (const member of membersOf(groups, group)) {
      const sameFile = stream.fileOf[member + 1] === stream.fileOf[member];
      const next = sameFile ? (groups.groupOf[member + 1] ?? -1) : -1;
      if (target === -2) target = next >= 0 && groupSize(groups, next) === size ? next : -1;
      else if (next !== target) target = -1;
      if (target === -1) break;
    }
    successor[group] = target;
  }
  return successor;
}

/** True when the group is the one-to-one continuation of the group one token earlier (so not a run's start). */
function continuesEarlierRun(groups: WindowGroups, successor: Int32Array, member: number, group: number): boolean {
  if (member === 0) return false;
  const previous = groups.groupOf[member - 1] ?? -1;
  return previous >= 0 && successor[previous] === group;
}

/** Extends all copies left and right while every copy still reads the same normalized token. */
function widen(stream: TokenStream, starts: number[], length: number): RepeatedSequence {
  const tokens = stream.normalized;
  const first = starts[0] ?? 0;
  const agreeAt = (offset: number): boolean => {
    const expected = tokens[first + offset];
    for (const start of starts) {
      const position = start + offset;
      if (position < 0 || stream.fileOf[position] !== stream.fileOf[start] || tokens[position] !== expected)
        return false;
    }
    return true;
  };
  let left = 0;
  while (first - left - 1 >= 0 && agreeAt(-left - 1)) left++;
  let right = length;
  const firstEnd = fileEndOf(stream, first);
  while (first + right < firstEnd && agreeAt(right)) right++;
  return { starts: starts.map((start) => start - left), length: left + right };
}
