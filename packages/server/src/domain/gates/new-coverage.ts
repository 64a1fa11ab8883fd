import { and, eq } from 'drizzle-orm';
import { insertRows, schema, type Executor } from '../../store/index.js';

const { analyses, coverageFiles, gateNewLines } = schema;

/** Added or changed lines (ascending) of each file, by path: what `git diff` says an analysis changed. */
export type NewLines = ReadonlyMap<string, readonly number[]>;

/** The lines an analysis changed against the revision its gate reference analyzed, computed before it is stored. */
export interface NewLinesAgainst {
  referenceRevision: string;
  files: NewLines;
}

/** A driver's bytes copied to an aligned buffer: a Buffer may start at any offset of a shared pool. */
const uint32s = (bytes: Buffer): Uint32Array => new Uint32Array(Uint8Array.from(bytes).buffer);

/** The revision an analysis analyzed, or undefined. */
export async function revisionOf(db: Executor, analysisId: number): Promise<string | undefined> {
  const [row] = await db.select({ revision: analyses.revision }).from(analyses).where(eq(analyses.id, analysisId));
  return row?.revision ?? undefined;
}

/** Keeps an analysis's new lines, one row per file; answers how many lines there are. */
export async function writeNewLines(tx: Executor, analysisId: number, files: NewLines): Promise<number> {
  let total = 0;
  const rows = [...files].map(([filename, lines]) => {
    total += lines.length;
    const numbers = Uint32Array.from(lines);
    return { analysisId, filename, lineNumbers: Buffer.from(numbers.buffer, 0, numbers.byteLength) };
  });
  if (rows.length > 0) await insertRows(tx, gateNewLines, rows);
  return total;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Coverage of an analysis's new lines, percent (2 decimals): of the new lines its coverage lists as executable, the
 * share run at least once. Null when it has no coverage, or none of its new lines is executable by the reports (a
 * file the reports leave out has no executable line).
 */
export async function newLineCoverage(db: Executor, analysisId: number): Promise<number | null> {
  const rows = await db
    .select({ newLines: gateNewLines.lineNumbers, lines: coverageFiles.lineNumbers, hits: coverageFiles.lineHits })
    .from(gateNewLines)
    .innerJoin(
      coverageFiles,
      and(eq(coverageFiles.analysisId, gateNewLines.analysisId), eq(coverageFiles.filename, gateNewLines.filename)),
    )
    .where(eq(gateNewLines.analysisId, analysisId));
  let executable = 0;
  let covered = 0;
  for (const row of rows) {
    const fresh = uint32s(row.newLines);
    const lines = uint32s(row.lines);
    const hits = new Float64Array(Uint8Array.from(row.hits).buffer);
    // Both ascending: one walk.
    for (let i = 0, j = 0; i < fresh.length && j < lines.length;) {
      if (fresh[i]! < lines[j]!) i++;
      else if (fresh[i]! > lines[j]!) j++;
      else {
        executable++;
        if (hits[j]! > 0) covered++;
        i++;
        j++;
      }
    }
  }
  return executable === 0 ? null : round2((covered / executable) * 100);
}
