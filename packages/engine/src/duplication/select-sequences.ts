import type { DuplicationOptions } from './types.js';
import type { TokenStream } from './token-stream.js';
import type { RepeatedSequence } from './repeated-sequences.js';

/**
 * Keeps the sequences worth reporting, largest first: copies shorter than `minLines` lines and copies that
 * overlap an earlier copy of the same sequence are dropped, and so is a sequence whose every copy lies
 * inside the copies of one larger sequence already kept (it would only repeat that one's news).
 */
export function selectSequences(stream: TokenStream, sequences: RepeatedSequence[], options: DuplicationOptions): RepeatedSequence[] {
  const candidates = sequences
    .filter((sequence) => sequence.length >= options.minTokens)
    .map((sequence) => ({ starts: distinctCopies(stream, sequence, options.minLines), length: sequence.length }))
    .filter((sequence) => sequence.starts.length >= 2)
    .sort((a, b) => b.length - a.length || b.starts.length - a.starts.length || (a.starts[0] ?? 0) - (b.starts[0] ?? 0));
  const kept: RepeatedSequence[] = [];
  const coverage = new Coverage(stream.normalized.length);
  for (const candidate of candidates) {
    if (coverage.contains(candidate)) continue;
    coverage.add(candidate, kept.length);
    kept.push(candidate);
  }
  return kept;
}

/** Copies spanning at least `minLines` lines, in token order, skipping any that overlaps the copy before it. */
function distinctCopies(stream: TokenStream, sequence: RepeatedSequence, minLines: number): number[] {
  const copies: number[] = [];
  let previousEnd = -1;
  for (const start of [...sequence.starts].sort((a, b) => a - b)) {
    const end = start + sequence.length;
    const lineSpan = (stream.lines[end - 1] ?? 0) - (stream.lines[start] ?? 0) + 1;
    if (lineSpan < minLines || start < previousEnd) continue;
    copies.push(start);
    previousEnd = end;
  }
  return copies;
}

/** Which kept sequence first covered each token, and the token ranges each kept sequence covers. */
class Coverage {
  private readonly owner: Int32Array;
  /** Union-find "next token without an owner", so each token is assigned once. */
  private readonly nextFree: Int32Array;
  private readonly ranges: [start: number, end: number][][] = [];

  constructor(total: number) {
    this.owner = new Int32Array(total).fill(-1);
    this.nextFree = Int32Array.from({ length: total + 1 }, (_, i) => i);
  }

  /** True when one kept sequence's copies together cover every copy of `candidate`. */
  contains(candidate: RepeatedSequence): boolean {
    const owners = new Set<number>();
    for (const start of candidate.starts) owners.add(this.owner[start] ?? -1);
    if (owners.has(-1)) return false;
    for (const owner of owners) {
      const ranges = this.ranges[owner] ?? [];
      if (candidate.starts.every((start) => insideOne(ranges, start, start + candidate.length))) return true;
    }
    return false;
  }

  add(sequence: RepeatedSequence, id: number): void {
    this.ranges[id] = mergeRanges(sequence);
    for (const start of sequence.starts) {
      for (let token = this.find(start); token < start + sequence.length; token = this.find(token + 1)) {
        this.owner[token] = id;
        this.nextFree[token] = token + 1;
      }
    }
  }

  private find(token: number): number {
    let root = token;
    while ((this.nextFree[root] ?? root) !== root) root = this.nextFree[root] ?? root;
    for (let step = token; step !== root; ) {
      const next = this.nextFree[step] ?? root;
      this.nextFree[step] = root;
      step = next;
    }
    return root;
  }
}

/** The copies' token ranges with touching ones joined, sorted by start. */
function mergeRanges(sequence: RepeatedSequence): [number, number][] {
  const merged: [number, number][] = [];
  for (const start of sequence.starts) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], start + sequence.length);
    else merged.push([start, start + sequence.length]);
  }
  return merged;
}

function insideOne(ranges: [number, number][], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle];
    if (!range) return false;
    if (range[0] > start) high = middle - 1;
    else if (range[1] < end) low = middle + 1;
    else return true;
  }
  return false;
}
