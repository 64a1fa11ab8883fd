import type { CodeFile, FileDuplicate, FileIssue, LineCoverage } from '../../api/code.js';

export type CoverageState = 'covered' | 'partial' | 'uncovered';

/** A clone class as seen from one of its occurrences in this file: its lines here, and where else it is. */
export interface DuplicateHere {
  id: number;
  lineStart: number;
  lineEnd: number;
  others: { filename: string; line: number }[];
}

/** What each line of a file carries besides its code, by line number. */
export interface FileMarks {
  issues: Map<number, FileIssue[]>;
  coverage: Map<number, CoverageState>;
  /** Clones starting on a line (annotated there). */
  duplicateStarts: Map<number, DuplicateHere[]>;
  /** Lines inside any clone of this file. */
  duplicated: Set<number>;
}

const coverageState = (line: LineCoverage): CoverageState =>
  line.hits <= 0 ? 'uncovered' : line.coveredBranches < line.branches ? 'partial' : 'covered';

function duplicatesHere(path: string, duplicates: FileDuplicate[]): DuplicateHere[] {
  return duplicates.flatMap((duplicate) =>
    duplicate.occurrences
      .filter((occurrence) => occurrence.filename === path)
      .map((occurrence) => ({
        id: duplicate.id,
        lineStart: occurrence.line,
        lineEnd: occurrence.line + Math.max(duplicate.lineCount, 1) - 1,
        others: duplicate.occurrences.filter((other) => other !== occurrence),
      })),
  );
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);

/** Indexes a file's issues, coverage and clones by line, once per load. */
export function marksOf(path: string, file: CodeFile): FileMarks {
  const marks: FileMarks = {
    issues: new Map(),
    coverage: new Map(),
    duplicateStarts: new Map(),
    duplicated: new Set(),
  };
  for (const issue of file.issues) push(marks.issues, issue.line, issue);
  for (const line of file.coverage?.lines ?? []) marks.coverage.set(line.line, coverageState(line));
  for (const duplicate of duplicatesHere(path, file.duplicates)) {
    push(marks.duplicateStarts, duplicate.lineStart, duplicate);
    for (let line = duplicate.lineStart; line <= duplicate.lineEnd; line++) marks.duplicated.add(line);
  }
  return marks;
}

/** Codiga's severities (1 critical … 4 info) in words. */
export const SEVERITY_NAMES: Record<number, string> = { 1: 'critical', 2: 'high', 3: 'moderate', 4: 'info' };
