// What an analysis measured of the code, read back: clone classes with their occurrences, and functions by metric.
import { and, asc, count, desc, eq, gt, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { byteOrder, schema, startsWith, type Executor } from '../../store/index.js';
import type { Page } from '../paging.js';

const { duplicates, duplicateOccurrences, functions } = schema;

export type StoredDuplicate = typeof duplicates.$inferSelect;
export type StoredOccurrence = typeof duplicateOccurrences.$inferSelect;
export type StoredFunction = typeof functions.$inferSelect;

/** Which files a list keeps: one file by its whole path, or every file under a path prefix. */
export interface FileFilter {
  filename?: string;
  pathPrefix?: string;
}

function fileFilter(column: typeof duplicateOccurrences.filename | typeof functions.filename, filter: FileFilter) {
  return and(
    filter.filename !== undefined ? eq(column, filter.filename) : undefined,
    filter.pathPrefix !== undefined ? startsWith(column, filter.pathPrefix) : undefined,
  );
}

/** One page of an analysis's clone classes, by id, keeping those with an occurrence in the files the filter keeps. */
export async function listDuplicates(
  db: Executor,
  analysisId: number,
  filter: FileFilter,
  page: { limit: number; offset: number },
): Promise<Page<StoredDuplicate>> {
  const inFiles = fileFilter(duplicateOccurrences.filename, filter);
  const where = and(
    eq(duplicates.analysisId, analysisId),
    inFiles
      ? inArray(
          duplicates.ordinal,
          db
            .select({ ordinal: duplicateOccurrences.duplicateOrdinal })
            .from(duplicateOccurrences)
            .where(and(eq(duplicateOccurrences.analysisId, analysisId), inFiles)),
        )
      : undefined,
  );
  const [items, [total]] = await Promise.all([
    db.select().from(duplicates).where(where).orderBy(asc(duplicates.ordinal)).limit(page.limit).offset(page.offset),
    db.select({ total: count() }).from(duplicates).where(where),
  ]);
  return { items, total: total?.total ?? 0 };
}

/** The occurrences of some clone classes of an analysis, by file and line, in one query. */
export async function occurrencesOfDuplicates(
  db: Executor,
  analysisId: number,
  ordinals: readonly number[],
): Promise<Map<number, StoredOccurrence[]>> {
  const found = new Map<number, StoredOccurrence[]>(ordinals.map((ordinal) => [ordinal, []]));
  if (ordinals.length === 0) return found;
  const rows = await db
    .select()
    .from(duplicateOccurrences)
    .where(
      and(
        eq(duplicateOccurrences.analysisId, analysisId),
        inArray(duplicateOccurrences.duplicateOrdinal, [...ordinals]),
      ),
    )
    .orderBy(asc(byteOrder(duplicateOccurrences.filename)), asc(duplicateOccurrences.line));
  for (const row of rows) found.get(row.duplicateOrdinal)?.push(row);
  return found;
}

/** What a list of functions keeps: its files, and bounds on complexity and length (inclusive; `over` exclusive). */
export interface FunctionFilter extends FileFilter {
  complexityOver?: number;
  lengthOver?: number;
  minComplexity?: number;
  maxComplexity?: number;
  minLength?: number;
  maxLength?: number;
}

/** The order of a list of functions: by a metric or a place, ties broken by file and start line. */
export interface FunctionOrder {
  by: 'complexity' | 'cognitiveComplexity' | 'length' | 'filename' | 'name' | 'lineStart';
  descending: boolean;
}

function functionFilter(analysisId: number, filter: FunctionFilter): SQL {
  const bound = <T>(value: T | undefined, build: (value: T) => SQL) => (value === undefined ? undefined : build(value));
  return and(
    eq(functions.analysisId, analysisId),
    fileFilter(functions.filename, filter),
    bound(filter.complexityOver, (value) => gt(functions.complexity, value)),
    bound(filter.lengthOver, (value) => gt(functions.length, value)),
    bound(filter.minComplexity, (value) => gte(functions.complexity, value)),
    bound(filter.maxComplexity, (value) => lte(functions.complexity, value)),
    bound(filter.minLength, (value) => gte(functions.length, value)),
    bound(filter.maxLength, (value) => lte(functions.length, value)),
  )!;
}

const ORDER_COLUMNS = {
  complexity: functions.complexity,
  cognitiveComplexity: functions.cognitiveComplexity,
  length: functions.length,
  filename: functions.filename,
  name: functions.name,
  lineStart: functions.lineStart,
};

/** One page of an analysis's functions that the filter keeps, in the order asked for. */
export async function listFunctions(
  db: Executor,
  analysisId: number,
  filter: FunctionFilter,
  order: FunctionOrder,
  page: { limit: number; offset: number },
): Promise<Page<StoredFunction>> {
  const where = functionFilter(analysisId, filter);
  const direction = order.descending ? desc : asc;
  const column = ORDER_COLUMNS[order.by];
  const text = order.by === 'filename' || order.by === 'name';
  const [items, total] = await Promise.all([
    db
      .select()
      .from(functions)
      .where(where)
      .orderBy(
        direction(text ? byteOrder(column) : column),
        asc(byteOrder(functions.filename)),
        asc(functions.lineStart),
        asc(functions.id),
      )
      .limit(page.limit)
      .offset(page.offset),
    countFunctions(db, analysisId, filter),
  ]);
  return { items, total };
}

/** How many of an analysis's functions the filter keeps. */
export async function countFunctions(db: Executor, analysisId: number, filter: FunctionFilter): Promise<number> {
  const [row] = await db.select({ total: count() }).from(functions).where(functionFilter(analysisId, filter));
  return row?.total ?? 0;
}
