import type { TokenStream } from './token-stream.js';

/**
 * Windows of `width` consecutive normalized tokens inside one file that occur twice or more, grouped by
 * content: two windows share a group exactly when their 64-bit fingerprints (two independent rolling hashes)
 * agree. Windows that occur once belong to no group.
 */
export interface WindowGroups {
  width: number;
  /** Group of the window starting at each token; -1 where no window starts or the window occurs once. */
  groupOf: Int32Array;
  /** Number of groups. */
  count: number;
  /** The windows of group g are `members[memberStart[g]]` up to `members[memberStart[g + 1]]`, in token order. */
  memberStart: Int32Array;
  members: Int32Array;
}

const BASE_A = 1_000_003;
const BASE_B = 0x5bd1e995;

/**
 * Sorts the windows by fingerprint (stable radix passes over the first hash, so each run lists its windows
 * in token order) and makes each run of two or more equal fingerprints a group. Sorting reads and writes memory
 * in order, where a hash table of all windows would miss the cache at every insertion.
 */
export function groupWindows(stream: TokenStream, width: number): WindowGroups {
  const total = stream.normalized.length;
  const hashA = new Uint32Array(total);
  const hashB = new Uint32Array(total);
  const starts = hashWindows(stream, width, hashA, hashB);
  const { order: sorted, keys } = sortByHash(starts, hashA);
  const groupOf = new Int32Array(total).fill(-1);
  const members = new Int32Array(sorted.length);
  const memberStart: number[] = [0];
  let memberCount = 0;
  const addGroup = (positions: ArrayLike<number>, from: number, to: number): void => {
    const group = memberStart.length - 1;
    for (let i = from; i < to; i++) {
      const position = positions[i] ?? 0;
      groupOf[position] = group;
      members[memberCount++] = position;
    }
    memberStart.push(memberCount);
  };
  for (let runStart = 0; runStart < sorted.length;) {
    const hash = keys[runStart];
    let runEnd = runStart + 1;
    while (runEnd < sorted.length && keys[runEnd] === hash) runEnd++;
    if (runEnd - runStart >= 2) splitBySecondHash(sorted, runStart, runEnd, hashB, addGroup);
    runStart = runEnd;
  }
  return {
    width,
    groupOf,
    count: memberStart.length - 1,
    memberStart: Int32Array.from(memberStart),
    members: members.subarray(0, memberCount),
  };
}

/** Windows with the same first hash, split by the second one; each part of two or more is a group. */
function splitBySecondHash(
  sorted: Int32Array,
  from: number,
  to: number,
  hashB: Uint32Array,
  addGroup: (positions: ArrayLike<number>, from: number, to: number) => void,
): void {
  const first = hashB[sorted[from] ?? 0];
  let same = from + 1;
  while (same < to && hashB[sorted[same] ?? 0] === first) same++;
  if (same === to) return addGroup(sorted, from, to);
  // A collision of the first hash (rare): order the run by the second hash, keeping token order within equals.
  const run = Array.from(sorted.subarray(from, to)).sort((a, b) => (hashB[a] ?? 0) - (hashB[b] ?? 0) || a - b);
  for (let partStart = 0; partStart < run.length;) {
    let partEnd = partStart + 1;
    while (partEnd < run.length && hashB[run[partEnd] ?? 0] === hashB[run[partStart] ?? 0]) partEnd++;
    if (partEnd - partStart >= 2) addGroup(run, partStart, partEnd);
    partStart = partEnd;
  }
}

/** Both polynomial hashes of each window, rolled along each file (arithmetic mod 2^32); returns where windows start. */
function hashWindows(stream: TokenStream, width: number, hashA: Uint32Array, hashB: Uint32Array): Int32Array {
  const tokens = stream.normalized;
  let powerA = 1;
  let powerB = 1;
  for (let i = 1; i < width; i++) {
    powerA = Math.imul(powerA, BASE_A);
    powerB = Math.imul(powerB, BASE_B);
  }
  const starts = new Int32Array(tokens.length);
  let count = 0;
  for (let file = 0; file < stream.files.length; file++) {
    const start = stream.fileStart[file] ?? 0;
    const end = stream.fileStart[file + 1] ?? 0;
    if (end - start < width) continue;
    let a = 0;
    let b = 0;
    for (let i = start; i < start + width; i++) {
      a = (Math.imul(a, BASE_A) + (tokens[i] ?? 0)) >>> 0;
      b = (Math.imul(b, BASE_B) + (tokens[i] ?? 0)) >>> 0;
    }
    for (let position = start; ; position++) {
      hashA[position] = a;
      hashB[position] = b;
      starts[count++] = position;
      if (position + width >= end) break;
      const leaving = tokens[position] ?? 0;
      const entering = tokens[position + width] ?? 0;
      a = (Math.imul(a - Math.imul(leaving, powerA), BASE_A) + entering) >>> 0;
      b = (Math.imul(b - Math.imul(leaving, powerB), BASE_B) + entering) >>> 0;
    }
  }
  return starts.subarray(0, count);
}

/** Bits of the key each counting pass sorts on: 2,048 counters stay in the cache, where 65,536 missed it. */
const RADIX_BITS = 11;
const RADIX_MASK = (1 << RADIX_BITS) - 1;

/**
 * Positions ordered by their hash, stably, with the hashes in the same order: three passes of an 11-bit counting
 * sort that carry each key along, so no pass reads the hash array out of order (`positions` is overwritten).
 */
function sortByHash(positions: Int32Array, hash: Uint32Array): { order: Int32Array; keys: Uint32Array } {
  let order: Int32Array = positions;
  let keys: Uint32Array = new Uint32Array(positions.length);
  for (let i = 0; i < positions.length; i++) keys[i] = hash[positions[i]!]!;
  let orderTo: Int32Array = new Int32Array(positions.length);
  let keysTo: Uint32Array = new Uint32Array(positions.length);
  const counts = new Int32Array(RADIX_MASK + 2);
  for (let shift = 0; shift < 32; shift += RADIX_BITS) {
    counts.fill(0);
    for (let i = 0; i < keys.length; i++) counts[((keys[i]! >>> shift) & RADIX_MASK) + 1]!++;
    for (let digit = 1; digit < counts.length; digit++) counts[digit]! += counts[digit - 1]!;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const at = counts[(key >>> shift) & RADIX_MASK]!++;
      orderTo[at] = order[i]!;
      keysTo[at] = key;
    }
    [order, orderTo] = [orderTo, order];
    [keys, keysTo] = [keysTo, keys];
  }
  return { order, keys };
}

/** The windows of a group, in token order. */
export function membersOf(groups: WindowGroups, group: number): Int32Array {
  return groups.members.subarray(groups.memberStart[group] ?? 0, groups.memberStart[group + 1] ?? 0);
}

export function groupSize(groups: WindowGroups, group: number): number {
  return (groups.memberStart[group + 1] ?? 0) - (groups.memberStart[group] ?? 0);
}
