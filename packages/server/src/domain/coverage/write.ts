import { eq } from 'drizzle-orm';
import { insertMapped, schema, type Executor } from '../../store/index.js';
import type { MappedCoverage } from './read-reports.js';

const { analysisCoverage, coverageFiles } = schema;

/** A typed array's bytes as they lie in memory: little-endian on every platform Node supports here (x64, arm64). */
const bytesOf = (array: Uint32Array | Float64Array): Buffer =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/**
 * Replaces an analysis's coverage with `coverage`: its summary row and one row per file, written with COPY. The
 * caller runs it in a transaction, so a reupload is seen whole or not at all.
 */
export async function writeCoverage(
  tx: Executor,
  analysisId: number,
  coverage: MappedCoverage,
  tool: string | null,
): Promise<void> {
  await tx.delete(coverageFiles).where(eq(coverageFiles.analysisId, analysisId));
  await tx.delete(analysisCoverage).where(eq(analysisCoverage.analysisId, analysisId));
  await tx.insert(analysisCoverage).values({
    analysisId,
    formats: coverage.formats,
    tool,
    ...coverage.totals,
    unmatched: coverage.unmatched,
  });
  await insertMapped(tx, coverageFiles, coverage.files, (file) => ({
    analysisId,
    filename: file.filename,
    format: file.format,
    ...file.totals,
    lineNumbers: bytesOf(file.lines),
    lineHits: bytesOf(file.hits),
    lineBranches: bytesOf(file.branches),
    lineCoveredBranches: bytesOf(file.coveredBranches),
  }));
}
