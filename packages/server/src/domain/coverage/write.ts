import { eq } from 'drizzle-orm';
import { insertRows, schema, type Executor } from '../../store/index.js';
import { NotFound } from '../errors.js';
import type { CoveredFile, MappedCoverage } from './read-reports.js';

const { analyses, analysisCoverage, coverageFiles } = schema;

/** A typed array's bytes as they lie in memory: little-endian on every platform Node supports here (x64, arm64). */
const bytesOf = (array: Uint32Array | Float64Array): Buffer =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/**
 * Replaces an analysis's coverage with `coverage`: its summary row and one row per file, written with COPY in
 * batches of bounded size. The
 * caller runs it in a transaction, so a reupload is seen whole or not at all.
 */
export async function writeCoverage(
  tx: Executor,
  analysisId: number,
  coverage: MappedCoverage,
  tool: string | null,
): Promise<void> {
  // The analysis row locked: two uploads for one analysis replace its coverage one after the other, not both at once.
  const [locked] = await tx.select({ id: analyses.id }).from(analyses).where(eq(analyses.id, analysisId)).for('update');
  if (!locked) throw new NotFound('analysis');
  await tx.delete(coverageFiles).where(eq(coverageFiles.analysisId, analysisId));
  await tx.delete(analysisCoverage).where(eq(analysisCoverage.analysisId, analysisId));
  await tx.insert(analysisCoverage).values({
    analysisId,
    formats: coverage.formats,
    tool,
    ...coverage.totals,
    unmatched: coverage.unmatched,
  });
  for (const batch of batchesOf(coverage.files)) {
    await insertRows(
      tx,
      coverageFiles,
      batch.map((file) => ({
        analysisId,
        filename: file.filename,
        format: file.format,
        ...file.totals,
        lineNumbers: bytesOf(file.lines),
        lineHits: bytesOf(file.hits),
        lineBranches: bytesOf(file.branches),
        lineCoveredBranches: bytesOf(file.coveredBranches),
      })),
    );
  }
}

/**
 * Lines per COPY: a row holds a whole file's lines, 40 bytes of COPY text a line, so batches are cut by lines, not
 * rows. 50,000 lines make 2 MB of text, where the whole 25 MB report at once held 60 MB more (and grew PGlite's memory,
 * which never shrinks, by as much).
 */
const LINES_PER_BATCH = 50_000;

function* batchesOf(files: readonly CoveredFile[]): Generator<CoveredFile[]> {
  let batch: CoveredFile[] = [];
  let lines = 0;
  for (const file of files) {
    if (lines > 0 && lines + file.lines.length > LINES_PER_BATCH) {
      yield batch;
      [batch, lines] = [[], 0];
    }
    batch.push(file);
    lines += file.lines.length;
  }
  if (batch.length > 0) yield batch;
}
