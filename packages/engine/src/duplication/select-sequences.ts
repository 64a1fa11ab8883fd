import type { DuplicationOptions } from './types.js';
import type { TokenStream } from './token-stream.js';
import type { RepeatedSequence } from './repeated-sequences.js';

/**
 * Keeps the sequences worth reporting, largest first. Each is first fitted (copies made disjoint, trimmed to
 * whole lines, at least `minTokens` tokens and `minLines` lines); then a sequence whose copies all sit at the
 * same offset inside different copies of one larger sequence already kept is dropped, as it would only repeat
 * that one's news. Two copies inside one copy of the larger (code repeated within the repeated code) are news.
 */
export function selectSequences(
  stream: TokenStream,
  sequences: RepeatedSequence[],
  options: DuplicationOptions,
): RepeatedSequence[] {
  const fitted = new Map<string, RepeatedSequence>();
  for (const sequence of sequences) {
    const fit = fitSequence(stream, sequence, options);
    if (fit) fitted.set(`${fit.starts[0]}:${fit.length}:${fit.starts.length}`, fit);
  }
  const candidates = [...fitted.values()].sort(
    (a, b) => b.length - a.length || b.starts.length - a.starts.length || (a.starts[0] ?? 0) - (b.starts[0] ?? 0),
  );
  const kept: RepeatedSequence[] = [];
  const coverage = new Coverage(stream.normalized.length);
  for (const candidate of candidates) {
    if (coverage.contains(candidate)) continue;
    coverage.add(candidate, kept.length);
    kept.push(candidate);
  }
  return kept;
}

/**
 * Makes the copies disjoint — by cutting the sequence short where copies follow each other closely (code
 * repeated back to back), else by dropping copies that overlap an earlier one (long periodic runs) — and
 * trims it to whole lines where that keeps it above the thresholds. Undefined when nothing qualifies.
 */
function fitSequence(
  stream: TokenStream,
  sequence: RepeatedSequence,
  options: DuplicationOptions,
): RepeatedSequence | undefined {
  const starts = [...sequence.starts].sort((a, b) => a - b);
  let shortestGap = sequence.length;
  for (let i = 1; i < starts.length; i++) shortestGap = Math.min(shortestGap, (starts[i] ?? 0) - (starts[i - 1] ?? 0));
  const cut = preferWholeLines(stream, { starts, length: shortestGap }, options);
  if (cut) return cut;
  const disjoint: number[] = [];
  for (const start of starts) {
    const previous = disjoint[disjoint.length - 1];
    if (previous === undefined || start >= previous + sequence.length) disjoint.push(start);
  }
  return preferWholeLines(stream, { starts: disjoint, length: sequence.length }, options);
}

/** The sequence trimmed to whole lines if that still qualifies, else as it is if that qualifies. */
function preferWholeLines(
  stream: TokenStream,
  sequence: RepeatedSequence,
  options: DuplicationOptions,
): RepeatedSequence | undefined {
  const trimmed = trimToLines(stream, sequence);
  if (trimmed && meetsThresholds(stream, trimmed, options)) return trimmed;
  return meetsThresholds(stream, sequence, options) ? sequence : undefined;
}

/** Narrows a sequence until every copy starts at the first token of a line and ends at the last token of one. */
function trimToLines(stream: TokenStream, sequence: RepeatedSequence): RepeatedSequence | undefined {
  const { lines, fileOf } = stream;
  const startsLine = (token: number): boolean =>
    fileOf[token - 1] !== fileOf[token] || lines[token - 1] !== lines[token];
  const endsLine = (token: number): boolean => fileOf[token + 1] !== fileOf[token] || lines[token + 1] !== lines[token];
  let head = 0;
  while (head < sequence.length && !sequence.starts.every((start) => startsLine(start + head))) head++;
  let tail = sequence.length - 1;
  while (tail >= head && !sequence.starts.every((start) => endsLine(start + tail))) tail--;
  if (tail < head) return undefined;
  return { starts: sequence.starts.map((start) => start + head), length: tail - head + 1 };
}

/** At least minTokens tokens, and at least minLines lines in every copy (copies may be laid out differently). */
function meetsThresholds(stream: TokenStream, sequence: RepeatedSequence, options: DuplicationOptions): boolean {
  if (sequence.length < options.minTokens || sequence.starts.length < 2) return false;
  return sequence.starts.every(
    (start) => (stream.lines[start + sequence.length - 1] ?? 0) - (stream.lines[start] ?? 0) + 1 >= options.minLines,
  );
}

/** Which kept sequence first covered each token, and the kept sequences themselves. */
class Coverage {
  private readonly owner: Int32Array;
  /** Union-find "next token without an owner", so each token is assigned once. */
  private readonly nextFree: Int32Array;
  private readonly kept: RepeatedSequence[] = [];

  constructor(total: number) {
    this.owner = new Int32Array(total).fill(-1);
    this.nextFree = new Int32Array(total + 1);
    for (let token = 0; token <= total; token++) this.nextFree[token] = token;
  }

  /** True when one kept sequence implies `candidate`: it is the same sub-range of different copies of it. */
  contains(candidate: RepeatedSequence): boolean {
    const owners = new Set<number>();
    for (const start of candidate.starts) owners.add(this.owner[start] ?? -1);
    if (owners.has(-1)) return false;
    for (const owner of owners) {
      const kept = this.kept[owner];
      if (kept && atOneOffsetInside(kept, candidate)) return true;
    }
    return false;
  }

  add(sequence: RepeatedSequence, id: number): void {
    this.kept[id] = sequence;
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
    for (let step = token; step !== root;) {
      const next = this.nextFree[step] ?? root;
      this.nextFree[step] = root;
      step = next;
    }
    return root;
  }
}

/** True when every copy of inner lies inside a copy of outer (sorted, disjoint starts), all at the same offset. */
function atOneOffsetInside(outer: RepeatedSequence, inner: RepeatedSequence): boolean {
  let offset = -1;
  for (const start of inner.starts) {
    const copy = lastStartAtOrBefore(outer.starts, start);
    if (copy === undefined || start + inner.length > copy + outer.length) return false;
    if (offset === -1) offset = start - copy;
    else if (start - copy !== offset) return false;
  }
  return true;
}

function lastStartAtOrBefore(starts: number[], token: number): number | undefined {
  let low = 0;
  let high = starts.length - 1;
  let found: number | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = starts[middle] ?? 0;
    if (start <= token) {
      found = start;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
