import type { CoverageFormat, CoverageTotals } from '@plumb/engine';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { NotFound } from '../errors.js';
import type { LineColumns } from './merge.js';

const { analysisCoverage, coverageFiles } = schema;

/** An analysis's coverage summary: totals over the repository files it covers, and the report paths left out. */
export interface CoverageSummary {
  analysisId: number;
  formats: CoverageFormat[];
  tool: string | null;
  totals: CoverageTotals;
  /** Covered lines over executable lines, 0 to 1; null when the reports list no executable line. */
  lineRate: number | null;
  /** Covered branches over branches, 0 to 1; null when the reports list no branch. */
  branchRate: number | null;
  unmatched: schema.UnmatchedCoverageFile[];
  uploadedAt: Date;
}

export interface FileCoverageSummary {
  filename: string;
  format: CoverageFormat;
  totals: CoverageTotals;
}

export interface StoredCoverage extends CoverageSummary {
  /** By filename, in byte order. */
  files: FileCoverageSummary[];
}

const rate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function summaryOf(row: typeof analysisCoverage.$inferSelect): CoverageSummary {
  const totals = {
    lines: row.lines,
    coveredLines: row.coveredLines,
    branches: row.branches,
    coveredBranches: row.coveredBranches,
  };
  return {
    analysisId: row.analysisId,
    formats: row.formats as CoverageFormat[],
    tool: row.tool,
    totals,
    lineRate: rate(totals.coveredLines, totals.lines),
    branchRate: rate(totals.coveredBranches, totals.branches),
    unmatched: row.unmatched,
    uploadedAt: row.uploadedAt,
  };
}

/** The coverage summaries of several analyses in one query; an analysis without coverage has no entry. */
export async function coverageSummaries(
  db: Executor,
  analysisIds: readonly number[],
): Promise<Map<number, CoverageSummary>> {
  if (analysisIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(analysisCoverage)
    .where(inArray(analysisCoverage.analysisId, [...new Set(analysisIds)]));
  return new Map(rows.map((row) => [row.analysisId, summaryOf(row)]));
}

/** An analysis's stored coverage with each file's totals, or undefined when none was uploaded. */
export async function coverageOf(db: Executor, analysisId: number): Promise<StoredCoverage | undefined> {
  const summary = (await coverageSummaries(db, [analysisId])).get(analysisId);
  if (!summary) return undefined;
  const files = await db
    .select({
      filename: coverageFiles.filename,
      format: coverageFiles.format,
      lines: coverageFiles.lines,
      coveredLines: coverageFiles.coveredLines,
      branches: coverageFiles.branches,
      coveredBranches: coverageFiles.coveredBranches,
    })
    .from(coverageFiles)
    .where(eq(coverageFiles.analysisId, analysisId))
    .orderBy(asc(coverageFiles.filename));
  return {
    ...summary,
    files: files.map(({ filename, format, ...totals }) => ({ filename, format, totals })),
  };
}

/** Copies bytes into a fresh, aligned buffer: a driver's Buffer may start at any offset of a shared pool. */
const aligned = (bytes: Buffer): ArrayBuffer => Uint8Array.from(bytes).buffer;

/** One file's coverage line by line, as stored. NotFound when the analysis has no coverage of that file. */
export async function fileCoverageOf(db: Executor, analysisId: number, filename: string): Promise<LineColumns> {
  const [row] = await db
    .select()
    .from(coverageFiles)
    .where(and(eq(coverageFiles.analysisId, analysisId), eq(coverageFiles.filename, filename)));
  if (!row) throw new NotFound('coverage of the file');
  return {
    lines: new Uint32Array(aligned(row.lineNumbers)),
    hits: new Float64Array(aligned(row.lineHits)),
    branches: new Uint32Array(aligned(row.lineBranches)),
    coveredBranches: new Uint32Array(aligned(row.lineCoveredBranches)),
  };
}
