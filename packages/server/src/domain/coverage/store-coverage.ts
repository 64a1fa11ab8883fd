import type { CoverageFormat, CoverageInput } from '@plumb/engine';
import { asc, eq } from 'drizzle-orm';
import { inTransaction, schema, type Executor } from '../../store/index.js';
import type { Analysis } from '../analyses/index.js';
import { Conflict } from '../errors.js';
import { forgetGateVerdict, remeasureNewCoverage } from '../gates/index.js';
import { coverageSummaries, type CoverageSummary } from './read.js';
import { readCoverageReports, type CoverageUpload } from './read-reports.js';
import { writeCoverage } from './write.js';

const { analysisFiles } = schema;

export interface StoreCoverageOptions {
  format?: CoverageFormat;
  /** The tool that wrote the report, when the uploader names it. */
  tool?: string;
  /** The request field an error names; `file` by default. */
  field?: string;
}

/** The files an analysis found: what a report's paths are mapped onto. */
async function analysisFileNames(db: Executor, analysisId: number): Promise<string[]> {
  const rows = await db
    .select({ filename: analysisFiles.filename })
    .from(analysisFiles)
    .where(eq(analysisFiles.analysisId, analysisId))
    .orderBy(asc(analysisFiles.filename));
  return rows.map((row) => row.filename);
}

/**
 * Parses a coverage report (streaming, 25 MiB cap), maps its paths onto the files of the analysis, and replaces the
 * analysis's coverage with it in one transaction, re-storing the gate's verdict when its new coverage changed. The
 * caller has checked that its caller may write the analysis.
 * Invalid (naming `options.field`) for a report the engine refuses; Conflict for an analysis not completed, whose
 * files are not known yet. Nothing is stored when it throws.
 */
export async function storeCoverage(
  db: Executor,
  analysis: Pick<Analysis, 'id' | 'state'>,
  input: CoverageInput,
  options: StoreCoverageOptions = {},
): Promise<CoverageSummary> {
  if (analysis.state !== 'completed')
    throw new Conflict(`the analysis is ${analysis.state}: coverage maps onto the files of a completed analysis`);
  const files = await analysisFileNames(db, analysis.id);
  const upload: CoverageUpload = {
    input,
    field: options.field ?? 'file',
    ...(options.format && { format: options.format }),
  };
  // Parsed outside the transaction: on PGlite a transaction holds the whole store.
  const coverage = await readCoverageReports([upload], files);
  const restored = await inTransaction(db, async (tx) => {
    await writeCoverage(tx, analysis.id, coverage, options.tool ?? null);
    // The gate's verdict was stored at completion, without this coverage of its new lines.
    return remeasureNewCoverage(tx, analysis.id);
  });
  if (restored) forgetGateVerdict(db, analysis.id);
  return (await coverageSummaries(db, [analysis.id])).get(analysis.id)!;
}
