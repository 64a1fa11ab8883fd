import type { TokenStream } from './token-stream.js';

/**
 * Windows of `width` consecutive normalized tokens inside one file, grouped by content: two windows share
 * a group exactly when their 64-bit fingerprints (two independent rolling hashes) agree.
 */
export interface WindowGroups {
  width: number;
  /** Group of the window starting at each token; -1 where no window starts (too close to a file's end). */
  groupOf: Int32Array;
  /** Members of a group form a chain from `lastMember[group]` through `previousMember`, latest first. */
  previousMember: Int32Array;
  lastMember: Int32Array;
  size: Int32Array;
}

const BASE_A = 1_000_003;
const BASE_B = 0x5bd1e995;

export function groupWindows(stream: TokenStream, width: number): WindowGroups {
  const total = stream.normalized.length;
  const capacity = tableCapacity(total);
  const mask = capacity - 1;
  const hashA = new Uint32Array(total);
  const hashB = new Uint32Array(total);
  const groups: WindowGroups = {
    width,
    groupOf: new Int32Array(total).fill(-1),
    previousMember: new Int32Array(total).fill(-1),
    lastMember: new Int32Array(capacity).fill(-1),
    size: new Int32Array(capacity),
  };
  hashWindows(stream, width, hashA, BASE_A);
  hashWindows(stream, width, hashB, BASE_B);
  for (let file = 0; file < stream.files.length; file++) {
    const end = (stream.fileStart[file + 1] ?? 0) - width;
    for (let position = stream.fileStart[file] ?? 0; position <= end; position++) {
      const a = hashA[position] ?? 0;
      const b = hashB[position] ?? 0;
      let slot = Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) & mask;
      for (;;) {
        const last = groups.lastMember[slot] ?? -1;
        if (last < 0 || (hashA[last] === a && hashB[last] === b)) break;
        slot = (slot + 1) & mask;
      }
      groups.groupOf[position] = slot;
      groups.previousMember[position] = groups.lastMember[slot] ?? -1;
      groups.lastMember[slot] = position;
      groups.size[slot] = (groups.size[slot] ?? 0) + 1;
    }
  }
  return groups;
}

/** Polynomial hash of each window, rolled along each file (arithmetic mod 2^32). */
function hashWindows(stream: TokenStream, width: number, into: Uint32Array, base: number): void {
  const tokens = stream.normalized;
  let power = 1;
  for (let i = 1; i < width; i++) power = Math.imul(power, base);
  for (let file = 0; file < stream.files.length; file++) {
    const start = stream.fileStart[file] ?? 0;
    const end = stream.fileStart[file + 1] ?? 0;
    if (end - start < width) continue;
    let hash = 0;
    for (let i = start; i < start + width; i++) hash = (Math.imul(hash, base) + (tokens[i] ?? 0)) >>> 0;
    into[start] = hash;
    for (let position = start + 1; position + width <= end; position++) {
      const leaving = Math.imul(tokens[position - 1] ?? 0, power);
      hash = (Math.imul(hash - leaving, base) + (tokens[position + width - 1] ?? 0)) >>> 0;
      into[position] = hash;
    }
  }
}

function tableCapacity(total: number): number {
  let capacity = 1024;
  while (capacity < total * 2) capacity *= 2;
  return capacity;
}

/** Calls `visit` with every window of the group; order is latest first. */
export function forEachMember(groups: WindowGroups, group: number, visit: (position: number) => void): void {
  for (let member = groups.lastMember[group] ?? -1; member >= 0; member = groups.previousMember[member] ?? -1) visit(member);
}
