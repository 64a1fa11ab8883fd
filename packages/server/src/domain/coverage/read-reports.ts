import {
  COVERAGE_FORMATS,
  CoverageError,
  mapCoveragePaths,
  parseCoverage,
  type CoverageFormat,
  type CoverageInput,
  type CoverageTotals,
} from '@plumb/engine';
import type { schema } from '../../store/index.js';
import { Invalid } from '../errors.js';
import { addTotals, mergeLines, NO_TOTALS, totalsOf, type LineColumns } from './merge.js';

/** One coverage report as it arrives, with the request field that names it in an error. */
export interface CoverageUpload {
  input: CoverageInput;
  /** Detected from the report's first bytes when absent. */
  format?: CoverageFormat;
  /** The field an error names (`file`, `coverage[1]`). */
  field: string;
}

/** One repository file's coverage, mapped from the report's path. */
export interface CoveredFile extends LineColumns {
  filename: string;
  format: CoverageFormat;
  totals: CoverageTotals;
}

/** What one or more reports say about an analysis's files: ready to store. */
export interface MappedCoverage {
  formats: CoverageFormat[];
  /** By filename, in byte order. */
  files: CoveredFile[];
  unmatched: schema.UnmatchedCoverageFile[];
  totals: CoverageTotals;
}

/** A format named by a caller (`report_format`), or Invalid naming the field. */
export function requireCoverageFormat(field: string, value: string): CoverageFormat {
  if (!(COVERAGE_FORMATS as readonly string[]).includes(value))
    throw new Invalid(field, `one of ${COVERAGE_FORMATS.join(', ')}`);
  return value as CoverageFormat;
}

/**
 * Parses each report with the engine (streaming, under its 25 MiB cap) and maps its paths onto the repository's
 * files; a file two reports cover is merged. A report the engine refuses is Invalid naming its field and the problem
 * (the size cap, the line of a malformed record): the caller stores nothing.
 */
export async function readCoverageReports(
  uploads: readonly CoverageUpload[],
  repositoryFiles: readonly string[],
): Promise<MappedCoverage> {
  const byFilename = new Map<string, CoveredFile>();
  const coverage: MappedCoverage = { formats: [], files: [], unmatched: [], totals: NO_TOTALS };
  for (const upload of uploads) {
    const report = await parseCoverage(upload.input, upload.format ? { format: upload.format } : {}).catch(
      (error: unknown) => {
        throw error instanceof CoverageError ? new Invalid(upload.field, error.message) : error;
      },
    );
    coverage.formats.push(report.format);
    const { matched, unmatched } = mapCoveragePaths(report.files, repositoryFiles, {
      sourceRoots: report.sourceRoots,
    });
    // jsonb takes no U+0000: a path holding one would fail the write, not the request.
    if (unmatched.some((file) => file.reportPath.includes('\0') || file.module?.includes('\0')))
      throw new Invalid(upload.field, 'a report whose file paths hold no NUL character');
    coverage.unmatched.push(...unmatched);
    const reported = new Map(report.files.map((file) => [`${file.module ?? ''}\0${file.path}`, file]));
    for (const match of matched) {
      const file = reported.get(`${match.module ?? ''}\0${match.reportPath}`)!;
      const earlier = byFilename.get(match.path);
      const lines = earlier ? mergeLines(earlier, file) : file;
      byFilename.set(match.path, {
        filename: match.path,
        format: report.format,
        ...columnsOf(lines),
        totals: totalsOf(lines),
      });
    }
  }
  coverage.files = [...byFilename.values()].sort((a, b) =>
    a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0,
  );
  coverage.totals = coverage.files.reduce((sum, file) => addTotals(sum, file.totals), NO_TOTALS);
  return coverage;
}

const columnsOf = ({ lines, hits, branches, coveredBranches }: LineColumns): LineColumns => ({
  lines,
  hits,
  branches,
  coveredBranches,
});
