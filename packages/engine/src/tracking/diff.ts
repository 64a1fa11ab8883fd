import type { Finding } from '../findings/types.js';
import { type FunctionThresholds, isComplexFunction, isLongFunction } from '../metrics/functions/index.js';
import type { AnalysisFunction, ComplexFunction, Duplicate } from '../model.js';
import { codeHash } from './line-hash.js';
import { type MatchOptions, matchFindings } from './match.js';

/** What `diffAnalyses` compares of each analysis. */
export interface DiffInput {
  violations: readonly Finding[];
  duplicates: readonly Duplicate[];
  functions: readonly AnalysisFunction[];
}

/**
 * One occurrence of a duplicate, flattened with its clone class's fields. The seed names Codiga's
 * FlattenedDuplicate without listing its fields; this is Plumb's reading of it: one row per occurrence,
 * `id` being the duplicate's id in the analysis it comes from.
 */
export interface FlattenedDuplicate {
  id: number;
  lineCount: number;
  code: string;
  filename: string;
  line: number;
}

/** Codiga's AnalysisDiff; violations stay Findings here, the GraphQL layer shapes them into Violations. */
export interface AnalysisDiff {
  addedViolations: Finding[];
  removedViolations: Finding[];
  addedDuplicates: FlattenedDuplicate[];
  removedDuplicates: FlattenedDuplicate[];
  addedComplexFunctions: ComplexFunction[];
  removedComplexFunctions: ComplexFunction[];
  addedLongFunctions: ComplexFunction[];
  removedLongFunctions: ComplexFunction[];
}

export interface DiffOptions extends MatchOptions {
  /** What "complex" and "long" mean on both sides; the engine's defaults (15, 100) otherwise. */
  thresholds?: Partial<FunctionThresholds>;
}

/**
 * What changed from one analysis to the next: violations through `matchFindings`; duplicate occurrences
 * matched by the hash of their clone's code (whitespace removed) and their file, in line order; complex and
 * long functions matched by file and name, never by line, in line order among namesakes.
 */
export function diffAnalyses(previous: DiffInput, current: DiffInput, options: DiffOptions = {}): AnalysisDiff {
  const violations = matchFindings(previous.violations, current.violations, options);
  const duplicates = pairUp(
    flatten(previous.duplicates),
    flatten(current.duplicates),
    (d) => `${codeHash(d.code)}\0${d.filename}`,
    byPlace((d) => d.line),
  );
  const thresholds = options.thresholds ?? {};
  const functionsWhere = (input: DiffInput, keep: (fn: AnalysisFunction) => boolean) =>
    input.functions.filter(keep).map(toComplexFunction);
  const functionKey = (fn: ComplexFunction) => `${fn.filename}\0${fn.functionName}`;
  const byStart = byPlace((fn: ComplexFunction) => fn.lineStart);
  const complex = (fn: AnalysisFunction) => isComplexFunction(fn, thresholds);
  const long = (fn: AnalysisFunction) => isLongFunction(fn, thresholds);
  const complexFunctions = pairUp(
    functionsWhere(previous, complex),
    functionsWhere(current, complex),
    functionKey,
    byStart,
  );
  const longFunctions = pairUp(functionsWhere(previous, long), functionsWhere(current, long), functionKey, byStart);
  return {
    addedViolations: violations.added,
    removedViolations: violations.fixed,
    addedDuplicates: duplicates.added,
    removedDuplicates: duplicates.removed,
    addedComplexFunctions: complexFunctions.added,
    removedComplexFunctions: complexFunctions.removed,
    addedLongFunctions: longFunctions.added,
    removedLongFunctions: longFunctions.removed,
  };
}

function flatten(duplicates: readonly Duplicate[]): FlattenedDuplicate[] {
  return duplicates.flatMap((duplicate) =>
    duplicate.occurrences.map((occurrence) => ({
      id: duplicate.id,
      lineCount: duplicate.lineCount,
      code: duplicate.code,
      filename: occurrence.filename,
      line: occurrence.line,
    })),
  );
}

function toComplexFunction(fn: AnalysisFunction): ComplexFunction {
  const { complexity, filename, functionName, length, lineStart, lineEnd, nbParameters, language } = fn;
  return { complexity, filename, functionName, length, lineStart, lineEnd, nbParameters, language };
}

type Order<T> = (a: T, b: T) => number;

const byPlace =
  <T extends { filename: string }>(lineOf: (item: T) => number): Order<T> =>
  (a, b) =>
    (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0) || lineOf(a) - lineOf(b);

/** Pairs items of equal key in `order`; what is left over is added (current) or removed (previous), in that order. */
function pairUp<T>(
  previous: readonly T[],
  current: readonly T[],
  keyOf: (item: T) => string,
  order: Order<T>,
): { added: T[]; removed: T[] } {
  const remaining = new Map<string, number>();
  for (const item of previous) remaining.set(keyOf(item), (remaining.get(keyOf(item)) ?? 0) + 1);
  const sorted = (items: readonly T[]) => [...items].sort(order);
  const added: T[] = [];
  const kept = new Map<string, number>();
  for (const item of sorted(current)) {
    const key = keyOf(item);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      kept.set(key, (kept.get(key) ?? 0) + 1);
    } else added.push(item);
  }
  const removed: T[] = [];
  for (const item of sorted(previous)) {
    const key = keyOf(item);
    const skip = kept.get(key) ?? 0;
    if (skip > 0) kept.set(key, skip - 1);
    else removed.push(item);
  }
  return { added, removed };
}
