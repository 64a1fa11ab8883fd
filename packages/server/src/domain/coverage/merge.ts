import type { CoverageTotals } from '@plumb/engine';

/** One repository file's lines, as the engine's `FileCoverage` holds them: ascending lines, each once. */
export interface LineColumns {
  lines: Uint32Array;
  hits: Float64Array;
  branches: Uint32Array;
  coveredBranches: Uint32Array;
}

/**
 * Two reports' lines of one file as one: hits add up; a line's branches are the larger of the two counts, as the
 * engine merges two records of one file (both count the same branches).
 */
export function mergeLines(a: LineColumns, b: LineColumns): LineColumns {
  const size = countUnion(a.lines, b.lines);
  const merged: LineColumns = {
    lines: new Uint32Array(size),
    hits: new Float64Array(size),
    branches: new Uint32Array(size),
    coveredBranches: new Uint32Array(size),
  };
  let i = 0;
  let j = 0;
  for (let at = 0; at < size; at++) {
    const fromA = j >= b.lines.length || (i < a.lines.length && a.lines[i]! <= b.lines[j]!);
    const fromB = i >= a.lines.length || (j < b.lines.length && b.lines[j]! <= a.lines[i]!);
    merged.lines[at] = fromA ? a.lines[i]! : b.lines[j]!;
    merged.hits[at] = (fromA ? a.hits[i]! : 0) + (fromB ? b.hits[j]! : 0);
    merged.branches[at] = Math.max(fromA ? a.branches[i]! : 0, fromB ? b.branches[j]! : 0);
    merged.coveredBranches[at] = Math.max(fromA ? a.coveredBranches[i]! : 0, fromB ? b.coveredBranches[j]! : 0);
    if (fromA) i++;
    if (fromB) j++;
  }
  return merged;
}

function countUnion(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let size = 0;
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && a[i]! <= b[j]!);
    const fromB = i >= a.length || (j < b.length && b[j]! <= a[i]!);
    if (fromA) i++;
    if (fromB) j++;
    size++;
  }
  return size;
}

/** Line and branch totals of a file's lines. */
export function totalsOf(columns: LineColumns): CoverageTotals {
  let coveredLines = 0;
  let branches = 0;
  let coveredBranches = 0;
  for (let at = 0; at < columns.lines.length; at++) {
    if (columns.hits[at]! > 0) coveredLines++;
    branches += columns.branches[at]!;
    coveredBranches += columns.coveredBranches[at]!;
  }
  return { lines: columns.lines.length, coveredLines, branches, coveredBranches };
}

export const addTotals = (a: CoverageTotals, b: CoverageTotals): CoverageTotals => ({
  lines: a.lines + b.lines,
  coveredLines: a.coveredLines + b.coveredLines,
  branches: a.branches + b.branches,
  coveredBranches: a.coveredBranches + b.coveredBranches,
});

export const NO_TOTALS: CoverageTotals = { lines: 0, coveredLines: 0, branches: 0, coveredBranches: 0 };
