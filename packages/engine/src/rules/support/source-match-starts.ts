/**
 * Every offset of one file's source where a sticky pattern
 * matches, found in one pass, for rules that ask about many nodes.
 */
export class SourceMatchStarts {
  private readonly starts: number[] = [];
  private readonly startSet: ReadonlySet<number>;

  constructor(source: string, sticky: RegExp) {
    const scan = new RegExp(sticky.source, sticky.flags.replace('y', '') + 'g');
    for (let match = scan.exec(source); match; match = scan.exec(source)) {
      this.starts.push(match.index);
      // Matches may overlap (`_exit` holds `exit`): every start counts.
      scan.lastIndex = match.index + 1;
    }
    this.startSet = new Set(this.starts);
  }

  /** Whether the pattern matches at `offset`. */
  has(offset: number): boolean {
    return this.startSet.has(offset);
  }

  /** Whether the pattern matches at some offset in [from, to). */
  anyWithin(from: number, to: number): boolean {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.starts[middle]! < from) low = middle + 1;
      else high = middle;
    }
    return low < this.starts.length && this.starts[low]! < to;
  }
}
