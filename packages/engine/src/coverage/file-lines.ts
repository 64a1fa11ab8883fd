import { CoverageError } from './coverage-error.js';
import type { FileCoverage } from './model.js';

// Sort keys pack line and entry index into one double, so a native numeric sort orders entries stably.
const INDEX_BITS = 2 ** 21;

/** One file's entries as a parser meets them, in growable columns; `compact` sorts and merges them. */
export class FileLines {
  private count = 0;
  private ascending = true;
  private compacted = false;
  private lines = new Uint32Array(64);
  private hits = new Float64Array(64);
  private branches = new Uint32Array(64);
  private covered = new Uint32Array(64);

  constructor(
    readonly path: string,
    readonly module?: string,
  ) {}

  /**
   * Adds one entry. `hits` is NaN for a line known only from branch records. Entries for the same line add their
   * hits and keep the larger branch counts (the same branches, seen by another record of the file).
   */
  add(line: number, hits: number, branches = 0, coveredBranches = 0): void {
    if (!Number.isInteger(line) || line < 0 || line > 0xffffffff) {
      throw new CoverageError(`line number ${line} is not a non-negative integer`);
    }
    if (hits < 0 || hits === Infinity) throw new CoverageError(`hit count ${hits} of line ${line} is not ≥ 0`);
    if (line === 0) return; // some tools write line 0 for code that has no line; it cannot be shown anywhere
    this.compacted = false;
    if (this.count === this.lines.length) this.grow();
    const at = this.count++;
    if (at > 0 && line < this.lines[at - 1]!) this.ascending = false;
    this.lines[at] = line;
    this.hits[at] = hits;
    this.branches[at] = branches;
    this.covered[at] = Math.min(coveredBranches, branches);
  }

  /**
   * Sorts and merges the entries into columns of the exact size. Parsers call it at the end of each file's record, so
   * only the file being read has slack; a file met again grows from there.
   */
  compact(): void {
    if (this.compacted) return;
    const order = this.ascending ? undefined : this.sortedOrder();
    const at = (k: number) => (order === undefined ? k : order[k]!);
    let size = 0;
    for (let k = 0; k < this.count; k++) if (k === 0 || this.lines[at(k)] !== this.lines[at(k - 1)]) size++;
    const lines = new Uint32Array(size);
    const hits = new Float64Array(size);
    const branches = new Uint32Array(size);
    const covered = new Uint32Array(size);
    let n = -1;
    for (let k = 0; k < this.count; k++) {
      const i = at(k);
      const line = this.lines[i]!;
      if (n < 0 || lines[n] !== line) {
        n++;
        lines[n] = line;
        hits[n] = this.hits[i]!;
        branches[n] = this.branches[i]!;
        covered[n] = this.covered[i]!;
        continue;
      }
      const more = this.hits[i]!;
      if (!Number.isNaN(more)) hits[n] = Number.isNaN(hits[n]!) ? more : hits[n]! + more;
      branches[n] = Math.max(branches[n]!, this.branches[i]!);
      covered[n] = Math.max(covered[n]!, this.covered[i]!);
    }
    [this.lines, this.hits, this.branches, this.covered] = [lines, hits, branches, covered];
    [this.count, this.ascending, this.compacted] = [size, true, true];
  }

  finish(): FileCoverage {
    this.compact();
    const { lines, hits, branches, covered } = this;
    const totals = { lines: this.count, coveredLines: 0, branches: 0, coveredBranches: 0 };
    for (let k = 0; k < this.count; k++) {
      // A line known only from its branches counts as hit when one of them was taken.
      if (Number.isNaN(hits[k]!)) hits[k] = covered[k]! > 0 ? 1 : 0;
      if (hits[k]! > 0) totals.coveredLines++;
      totals.branches += branches[k]!;
      totals.coveredBranches += covered[k]!;
    }
    const file = { path: this.path, lines, hits, branches, coveredBranches: covered, totals };
    return this.module === undefined ? file : { ...file, module: this.module };
  }

  private sortedOrder(): Uint32Array {
    const order = new Uint32Array(this.count);
    if (this.count >= INDEX_BITS) {
      for (let i = 0; i < this.count; i++) order[i] = i;
      return order.sort((a, b) => this.lines[a]! - this.lines[b]! || a - b);
    }
    const keys = new Float64Array(this.count);
    for (let i = 0; i < this.count; i++) keys[i] = this.lines[i]! * INDEX_BITS + i;
    keys.sort();
    for (let i = 0; i < this.count; i++) order[i] = keys[i]! % INDEX_BITS;
    return order;
  }

  private grow(): void {
    const size = Math.max(64, this.lines.length * 2);
    const grown = <T extends Uint32Array | Float64Array>(old: T, fresh: T): T => (fresh.set(old), fresh);
    this.lines = grown(this.lines, new Uint32Array(size));
    this.hits = grown(this.hits, new Float64Array(size));
    this.branches = grown(this.branches, new Uint32Array(size));
    this.covered = grown(this.covered, new Uint32Array(size));
  }
}
