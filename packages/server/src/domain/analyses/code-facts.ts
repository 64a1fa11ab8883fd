// What an analysis measured of the code, beside its findings: clone classes and their occurrences, every function
// with its metrics, and each file's size and language.
import type { Analysis as EngineAnalysis } from '@plumb/engine';
import { eq } from 'drizzle-orm';
import { insertRows, schema, type Executor } from '../../store/index.js';

export async function writeCodeFacts(db: Executor, analysisId: number, result: EngineAnalysis): Promise<void> {
  await insertRows(
    db,
    schema.duplicates,
    result.duplicates.map((duplicate) => ({
      analysisId,
      ordinal: duplicate.id,
      lineCount: duplicate.lineCount,
      tokenCount: duplicate.tokenCount,
      kind: duplicate.kind,
      code: duplicate.code,
    })),
  );
  await insertRows(
    db,
    schema.duplicateOccurrences,
    result.duplicates.flatMap((duplicate) =>
      duplicate.occurrences.map((occurrence) => ({
        analysisId,
        duplicateOrdinal: duplicate.id,
        filename: occurrence.filename,
        line: occurrence.line,
        lineEnd: occurrence.lineEnd,
      })),
    ),
  );
  // In file order, as findings are: the (analysis, filename) index is then appended to.
  const functions = [...result.functions].sort((a, b) =>
    a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : a.lineStart - b.lineStart,
  );
  await insertRows(
    db,
    schema.functions,
    functions.map((fn) => ({
      analysisId,
      filename: fn.filename,
      name: fn.functionName,
      language: fn.language,
      lineStart: fn.lineStart,
      lineEnd: fn.lineEnd,
      complexity: fn.complexity,
      cognitiveComplexity: fn.cognitiveComplexity,
      length: fn.length,
      parameters: fn.nbParameters,
      nestingDepth: fn.nestingDepth,
    })),
  );
  await insertRows(
    db,
    schema.analysisFiles,
    result.files.map((file) => ({
      analysisId,
      filename: file.filename,
      language: file.language,
      code: file.code,
      comment: file.comment,
      blank: file.blank,
      duplicatedLines: file.duplicatedLines,
    })),
  );
}

export async function functionsOf(db: Executor, analysisId: number) {
  return db
    .select({
      filename: schema.functions.filename,
      functionName: schema.functions.name,
      complexity: schema.functions.complexity,
      length: schema.functions.length,
      nbParameters: schema.functions.parameters,
    })
    .from(schema.functions)
    .where(eq(schema.functions.analysisId, analysisId));
}
