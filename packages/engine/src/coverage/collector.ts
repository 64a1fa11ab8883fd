import { FileLines } from './file-lines.js';
import type { CoverageFormat, CoverageReport, CoverageTotals } from './model.js';

/** Gathers the entries of every file of a report, then builds the report. */
export class CoverageCollector {
  private readonly files = new Map<string, FileLines>();

  /** The file's entries; a path met again (another lcov record, another Cobertura class) adds to the same file. */
  file(path: string): FileLines {
    let lines = this.files.get(path);
    if (lines === undefined) this.files.set(path, (lines = new FileLines(path)));
    return lines;
  }

  finish(format: CoverageFormat, sourceRoots: string[] = []): CoverageReport {
    const paths = [...this.files.keys()].sort();
    const totals: CoverageTotals = { lines: 0, coveredLines: 0, branches: 0, coveredBranches: 0 };
    const files = paths.map((path) => {
      const file = this.files.get(path)!.finish();
      this.files.delete(path); // let the growable columns go as soon as the compact ones exist
      totals.lines += file.totals.lines;
      totals.coveredLines += file.totals.coveredLines;
      totals.branches += file.totals.branches;
      totals.coveredBranches += file.totals.coveredBranches;
      return file;
    });
    return { format, files, sourceRoots, totals };
  }
}
