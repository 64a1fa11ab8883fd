// What a code review annotates: what the pull request added (against its base) on the lines it changed.
import type { AnalysisDiff, ComplexFunction, Finding, FlattenedDuplicate } from '@plumb/engine';

/** Lines added or changed by the pull request, ascending, by file. */
export type ChangedLines = ReadonlyMap<string, readonly number[]>;

export type Annotation =
  | { kind: 'violation'; filename: string; line: number; finding: Finding }
  | { kind: 'duplicate'; filename: string; line: number; duplicate: FlattenedDuplicate }
  | { kind: 'complexFunction' | 'longFunction'; filename: string; line: number; fn: ComplexFunction };

/** Whether any changed line of the file lies in [first, last]. */
function touches(changed: ChangedLines, filename: string, first: number, last: number): boolean {
  const lines = changed.get(filename);
  if (!lines) return false;
  let low = 0;
  let high = lines.length;
  // The first changed line at or after `first`.
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lines[middle]! < first) low = middle + 1;
    else high = middle;
  }
  return low < lines.length && lines[low]! <= last;
}

const KIND_ORDER = { violation: 0, duplicate: 1, complexFunction: 2, longFunction: 3 } as const;

/**
 * The violations, duplicate occurrences, complex and long functions new in the pull request (`diff`: its analysis
 * against its base's) that lie on a line it added or changed, by file, line and kind.
 */
export function annotationsOnChangedLines(diff: AnalysisDiff, changed: ChangedLines): Annotation[] {
  const kept: Annotation[] = [];
  for (const finding of diff.addedViolations)
    if (touches(changed, finding.filename, finding.line, Math.max(finding.line, finding.lineEnd)))
      kept.push({ kind: 'violation', filename: finding.filename, line: finding.line, finding });
  for (const duplicate of diff.addedDuplicates)
    if (touches(changed, duplicate.filename, duplicate.line, duplicate.line + Math.max(duplicate.lineCount, 1) - 1))
      kept.push({ kind: 'duplicate', filename: duplicate.filename, line: duplicate.line, duplicate });
  const functions = [
    ...diff.addedComplexFunctions.map((fn) => ({ kind: 'complexFunction' as const, fn })),
    ...diff.addedLongFunctions.map((fn) => ({ kind: 'longFunction' as const, fn })),
  ];
  for (const { kind, fn } of functions)
    if (touches(changed, fn.filename, fn.lineStart, Math.max(fn.lineStart, fn.lineEnd)))
      kept.push({ kind, filename: fn.filename, line: fn.lineStart, fn });
  return kept.sort(
    (a, b) =>
      (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0) ||
      a.line - b.line ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}
