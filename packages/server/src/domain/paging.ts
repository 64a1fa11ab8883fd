import { and, count, type InferSelectModel, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { keysetAfter, keysetOrder, type Executor, type KeysetColumn } from '../store/index.js';
import { Invalid } from './errors.js';

/**
 * One page of a list: `limit` items after the position a cursor names (keyset), or, for the surfaces whose
 * vendor pages by number (Scrutinizer's `page`, Qodana's `offset`), after skipping `offset` items.
 */
export interface PageRequest {
  limit: number;
  /** A `nextCursor` of an earlier page of the same list. */
  after?: string;
  offset?: number;
}

/** Every list of the domain answers with this: the items, how many match across all pages, where the next starts. */
export interface Page<T> {
  items: T[];
  total: number;
  /** Absent on the last page. */
  nextCursor?: string;
}

/** The order a list is kept in: columns compared left to right (text in byte order), the last one unique. */
export interface Keyset<Row> {
  columns: readonly KeysetColumn[];
  valuesOf(row: Row): (string | number)[];
  direction?: 'asc' | 'desc';
}

/** What a list query lets `paginate` vary: its position, order and window, and how to count every match. */
export interface PagedQuery<Row> {
  rows(position: SQL | undefined, orderBy: SQL[], limit: number, offset: number): Promise<Row[]>;
  total(): Promise<number>;
}

/** Opaque to callers: base64url of the last item's key values, so a cursor stays valid while items come and go. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

const EXPECTED_CURSOR = 'expected a cursor returned by a previous page of this list';

/** A forged cursor fails here, not in the store: the keyset's arity, text without NUL, positive safe-integer ids. */
export function decodeCursor(text: string, columns: readonly KeysetColumn[]): (string | number)[] {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new Invalid('cursor', EXPECTED_CURSOR);
  }
  const fits =
    Array.isArray(value) &&
    value.length === columns.length &&
    columns.every((column, index) => {
      const item: unknown = value[index];
      return column.text
        ? typeof item === 'string' && !item.includes('\u0000')
        : Number.isSafeInteger(item) && (item as number) > 0;
    });
  if (!fits) throw new Invalid('cursor', EXPECTED_CURSOR);
  return value as (string | number)[];
}

/** Runs one page of a list in its keyset order, reading one row more than asked to know whether a next page exists. */
export async function paginate<Row>(
  request: PageRequest,
  keyset: Keyset<Row>,
  query: PagedQuery<Row>,
): Promise<Page<Row>> {
  const direction = keyset.direction ?? 'asc';
  const position = request.after
    ? keysetAfter(keyset.columns, decodeCursor(request.after, keyset.columns), direction)
    : undefined;
  const [rows, total] = await Promise.all([
    query.rows(position, keysetOrder(keyset.columns, direction), request.limit + 1, request.offset ?? 0),
    query.total(),
  ]);
  const items = rows.slice(0, request.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > request.limit && last ? encodeCursor(keyset.valuesOf(last)) : undefined;
  return { items, total, ...(nextCursor ? { nextCursor } : {}) };
}

/** One page of one table's rows that match `where`, in the keyset's order: the shape of most lists. */
export function pageOfTable<Table extends PgTable>(
  db: Executor,
  table: Table,
  where: SQL | undefined,
  keyset: Keyset<InferSelectModel<Table>>,
  page: PageRequest,
): Promise<Page<InferSelectModel<Table>>> {
  const from = table as PgTable;
  return paginate(page, keyset, {
    rows: async (position, orderBy, limit, offset) =>
      (await db
        .select()
        .from(from)
        .where(and(where, position))
        .orderBy(...orderBy)
        .limit(limit)
        .offset(offset)) as InferSelectModel<Table>[],
    total: async () => (await db.select({ total: count() }).from(from).where(where))[0]?.total ?? 0,
  });
}
