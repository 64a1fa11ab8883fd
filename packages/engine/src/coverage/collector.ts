import { FileLines } from './file-lines.js';
import type { CoverageFormat, CoverageReport, CoverageTotals } from './model.js';

/** Gathers the entries of every file of a report, then builds the report. */
export class CoverageCollector {
  private readonly files = new Map<string, FileLines>();

  /** The file's entries; a path met again (another lcov record, another Cobertura class) adds to the same file. */
  file(path: string, module?: string): FileLines {
    const key = module === undefined ? path : `${path}\u0000${module}`;
    let lines = this.files.get(key);
    if (lines === undefined) this.files.set(key, (lines = new FileLines(detached(path), module && detached(module))));
    return lines;
  }

  finish(format: CoverageFormat, sourceRoots: string[] = []): CoverageReport {
    const keys = [...this.files.keys()].sort(); // by path, then module
    const totals: CoverageTotals = { lines: 0, coveredLines: 0, branches: 0, coveredBranches: 0 };
    const files = keys.map((key) => {
      const file = this.files.get(key)!.finish();
      this.files.delete(key); // the report holds the columns from here on
      totals.lines += file.totals.lines;
      totals.coveredLines += file.totals.coveredLines;
      totals.branches += file.totals.branches;
      totals.coveredBranches += file.totals.coveredBranches;
      return file;
    });
    return { format, files, sourceRoots: sourceRoots.map(detached), totals };
  }
}

/** A copy of text cut from a chunk: V8's slices keep their whole chunk alive, 25 MB of them for a large report. */
const detached = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');
