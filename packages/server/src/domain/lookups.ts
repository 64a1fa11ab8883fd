import { and, eq, inArray, type AnyColumn, type InferSelectModel, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../store/index.js';
import { NotFound } from './errors.js';
import { isUuid } from './validate.js';

type TableWithIds = PgTable & { id: AnyColumn; uuid: AnyColumn };

/** The row of a table with this public uuid within a scope; another scope's, or a malformed uuid, is NotFound. */
export async function rowByUuid<Table extends TableWithIds>(
  db: Executor,
  table: Table,
  scope: SQL,
  uuid: string,
  what: string,
): Promise<InferSelectModel<Table>> {
  if (!isUuid(uuid)) throw new NotFound(what);
  const [row] = (await db
    .select()
    .from(table as PgTable)
    .where(and(scope, eq(table.uuid, uuid.toLowerCase())))) as InferSelectModel<Table>[];
  if (!row) throw new NotFound(what);
  return row;
}

/** Rows of one table by id within a scope (an organization, an owner), in one query: what loaders need. */
export async function rowsByIds<Table extends TableWithIds>(
  db: Executor,
  table: Table,
  scope: SQL,
  ids: readonly number[],
): Promise<Map<number, InferSelectModel<Table>>> {
  if (ids.length === 0) return new Map();
  const rows = (await db
    .select()
    .from(table as PgTable)
    .where(and(scope, inArray(table.id, [...ids])))) as (InferSelectModel<Table> & { id: number })[];
  return new Map(rows.map((row) => [row.id, row]));
}
