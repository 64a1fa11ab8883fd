import { findAssignments, type Assignment } from './assignments.js';

/** Longer lines are minified code or embedded data; they are skipped. */
export const MAX_LINE_LENGTH = 5_000;

/**
 * One file's text as the detectors read it: its lines, found once, and the lines where an anchor occurs, found by
 * one pass of the anchor over the whole text. Detectors run their precise patterns only on those lines, since
 * running every pattern on every line cost as much as parsing the file.
 */
export class ScanText {
  private starts: number[] | undefined;
  private ends: number[] = [];
  private readonly anchored = new Map<RegExp, readonly number[]>();
  private readonly assignments = new Map<number, readonly Assignment[]>();

  constructor(readonly text: string) {}

  /** The number of lines, as `text.split(/\r?\n|\r/)` counts them. */
  get lineCount(): number {
    return this.lineStarts().length;
  }

  /** The line at a 0-based index, without its terminator; an over-long line reads as empty. */
  line(index: number): string {
    const start = this.lineStarts()[index];
    const end = this.ends[index];
    if (start === undefined || end === undefined || end - start > MAX_LINE_LENGTH) return '';
    return this.text.slice(start, end);
  }

  /**
   * The 0-based indexes, in order, of the lines (over-long ones left out) where a global anchor matches. The anchor
   * must not match across a line break, so that every line holding a match of it is found.
   */
  linesMatching(anchor: RegExp): readonly number[] {
    const cached = this.anchored.get(anchor);
    if (cached) return cached;
    if (!anchor.global) throw new Error(`secret anchor ${String(anchor)} must be global`);
    const found: number[] = [];
    // Lines are indexed only once an anchor matches: most files hold no match of any anchor.
    let starts: readonly number[] | undefined;
    let index = 0;
    anchor.lastIndex = 0;
    for (let match = anchor.exec(this.text); match; match = anchor.exec(this.text)) {
      starts ??= this.lineStarts();
      index = lineAt(starts, match.index, index);
      const end = this.ends[index]!;
      if (end - starts[index]! <= MAX_LINE_LENGTH) found.push(index);
      // One match is enough for a line: go on from the next one.
      anchor.lastIndex = end + 1;
    }
    this.anchored.set(anchor, found);
    return found;
  }

  /** The 0-based indexes, in order and each once, of the lines where `value` occurs. */
  linesHolding(value: string): number[] {
    const found: number[] = [];
    if (value === '') return found;
    const starts = this.lineStarts();
    let index = 0;
    for (let at = this.text.indexOf(value); at >= 0; at = this.text.indexOf(value, at + value.length)) {
      index = lineAt(starts, at, index);
      if (found.at(-1) !== index) found.push(index);
    }
    return found;
  }

  /** The assignments on a line, found once for every detector that asks. */
  assignmentsOn(index: number): readonly Assignment[] {
    let found = this.assignments.get(index);
    if (!found) {
      found = findAssignments(this.line(index));
      this.assignments.set(index, found);
    }
    return found;
  }

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    const ends: number[] = [];
    const text = this.text;
    if (!text.includes('\r')) {
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
        ends.push(at);
        starts.push(at + 1);
      }
    } else {
      for (const match of text.matchAll(/\r\n?|\n/g)) {
        ends.push(match.index);
        starts.push(match.index + match[0].length);
      }
    }
    ends.push(text.length);
    this.ends = ends;
    this.starts = starts;
    return starts;
  }
}

/** The index of the line holding `offset`, searching from line `from` on: binary, since matches are often far apart. */
function lineAt(starts: readonly number[], offset: number, from: number): number {
  let low = from;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
