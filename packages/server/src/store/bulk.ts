import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './database.js';

/** PostgreSQL's limit of bound parameters per statement is 65,535; stay below it. */
const MAX_PARAMETERS = 60_000;

/**
 * Inserts many rows with multi-row INSERTs, as few statements as the parameter limit allows. Inside a transaction,
 * the rows are visible together or not at all.
 */
export async function insertRows<Table extends PgTable>(
  db: Executor,
  table: Table,
  rows: readonly Table['$inferInsert'][],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(getTableColumns(table)).length;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += perStatement) {
    await db.insert(table).values(rows.slice(start, start + perStatement) as Table['$inferInsert'][]);
  }
}
