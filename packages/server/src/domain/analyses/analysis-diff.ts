// What changed from one stored analysis to another (Codiga's AnalysisDiff), with the engine's tracker.
import {
  diffAnalyses,
  type AnalysisDiff,
  type AnalysisFunction,
  type CodigaLanguage,
  type DiffInput,
  type Duplicate,
  type Finding,
  type Severity,
  type ViolationCategory,
} from '@plumb/engine';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { kindOf, REPORTED_STATUSES } from './indices.js';

const { duplicateOccurrences, duplicates, findings, functions, indices } = schema;

/** An analysis's results as the engine's diff reads them, with the thresholds it ran with. */
export interface AnalysisFacts extends DiffInput {
  thresholds: { complexity?: number; length?: number };
}

/** The reported findings (not ignored, not false positives), clone classes and functions of a completed analysis. */
export async function analysisFacts(db: Executor, analysisId: number): Promise<AnalysisFacts | undefined> {
  const [index] = await db
    .select({ findingKinds: indices.findingKinds, thresholds: indices.thresholds })
    .from(indices)
    .where(eq(indices.analysisId, analysisId));
  if (!index) return undefined;
  const [findingRows, duplicateRows, occurrenceRows, functionRows] = await Promise.all([
    db
      .select()
      .from(findings)
      .where(and(eq(findings.analysisId, analysisId), inArray(findings.status, [...REPORTED_STATUSES])))
      .orderBy(asc(findings.id)),
    db.select().from(duplicates).where(eq(duplicates.analysisId, analysisId)).orderBy(asc(duplicates.ordinal)),
    db
      .select()
      .from(duplicateOccurrences)
      .where(eq(duplicateOccurrences.analysisId, analysisId))
      .orderBy(asc(duplicateOccurrences.filename), asc(duplicateOccurrences.line)),
    db.select().from(functions).where(eq(functions.analysisId, analysisId)).orderBy(asc(functions.id)),
  ]);
  const violations = findingRows.map((row): Finding => {
    const kind = kindOf(index, row.kind);
    return {
      rule: kind.rule,
      tool: kind.tool,
      category: kind.category as ViolationCategory,
      severity: kind.severity as Severity,
      language: kind.language as CodigaLanguage | null,
      filename: row.filename,
      line: row.line,
      lineEnd: row.lineEnd,
      column: row.column,
      description: row.description,
      ...(row.help !== null ? { help: row.help } : {}),
      remediationMinutes: row.remediationMinutes,
      codeHash: row.codeHash,
      uniqueIdentifier: row.fingerprint,
    };
  });
  const occurrencesOf = new Map<number, Duplicate['occurrences']>();
  for (const { duplicateOrdinal, filename, line, lineEnd } of occurrenceRows) {
    const list = occurrencesOf.get(duplicateOrdinal) ?? [];
    list.push({ filename, line, lineEnd });
    occurrencesOf.set(duplicateOrdinal, list);
  }
  const clones = duplicateRows.map((row): Duplicate => ({
    id: row.ordinal,
    lineCount: row.lineCount,
    tokenCount: row.tokenCount,
    kind: row.kind as Duplicate['kind'],
    code: row.code,
    occurrences: occurrencesOf.get(row.ordinal) ?? [],
  }));
  const measured = functionRows.map((row): AnalysisFunction => ({
    complexity: row.complexity,
    cognitiveComplexity: row.cognitiveComplexity,
    filename: row.filename,
    functionName: row.name,
    length: row.length,
    lineStart: row.lineStart,
    lineEnd: row.lineEnd,
    nbParameters: row.parameters,
    nestingDepth: row.nestingDepth,
    language: row.language as CodigaLanguage,
    // Not stored; the diff does not read it.
    role: 'main',
  }));
  return {
    violations,
    duplicates: clones,
    functions: measured,
    thresholds: index.thresholds as AnalysisFacts['thresholds'],
  };
}

/**
 * What `target` added and removed against `source`: violations followed with the tracker's passes, clone occurrences
 * by their code and file, complex and long functions by file and name, "complex" and "long" as `target` measured them.
 */
export function diffOfFacts(source: AnalysisFacts, target: AnalysisFacts): AnalysisDiff {
  return diffAnalyses(source, target, { thresholds: target.thresholds });
}
