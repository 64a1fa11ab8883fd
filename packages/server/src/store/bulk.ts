import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { copyClientOf, copyRows } from './copy-rows.js';
import { rowsOf, type Executor } from './database.js';

/** PostgreSQL's limit of bound parameters per statement is 65,535; stay below it. */
const MAX_PARAMETERS = 60_000;

/** Rows per statement of the array path (each column is one array parameter): slices bound the memory a statement
 * takes, PGlite's above all, at no measurable cost on PostgreSQL. */
const ROWS_PER_STATEMENT = 25_000;

type Row = Record<string, unknown>;

/**
 * Inserts many rows, as few statements as possible. Inside a transaction, the rows are visible together or not at
 * all. When every row gives the same columns, with COPY where the executor's connection allows it (`copyRows`), else
 * each column travels as one array parameter
 * (`insert … select * from unnest($1::text[], $2::bigint[], …)`), so the statement's text and its parameter count
 * stay the same whatever the number of rows; otherwise (a column some rows leave to its default) with multi-row
 * INSERTs of up to 60,000 parameters.
 */
export async function insertRows<Table extends PgTable>(
  db: Executor,
  table: Table,
  rows: readonly Table['$inferInsert'][],
): Promise<void> {
  if (rows.length === 0) return;
  const given = givenColumns(table, rows as readonly Row[]);
  const copyClient = given && copyClientOf(db);
  if (given && copyClient) return copyRows(copyClient, table, given, rows as readonly Row[]);
  if (given) {
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT)
      await insertArrays(db, table, given, (rows as readonly Row[]).slice(start, start + ROWS_PER_STATEMENT));
    return;
  }
  const columns = Object.keys(getTableColumns(table)).length;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += perStatement) {
    await db.insert(table).values(rows.slice(start, start + perStatement) as Table['$inferInsert'][]);
  }
}

/** Items per slice of `insertMapped`: the row objects of one slice are garbage before the next is made. */
const ROWS_PER_SLICE = 10_000;

/**
 * `insertRows` of `items.map(toRow)`, a slice at a time: row objects that live only while their slice is written are
 * collected young and cheaply, where 100,000 made at once outlive several collections and cost a full one.
 */
export async function insertMapped<Table extends PgTable, Item>(
  db: Executor,
  table: Table,
  items: readonly Item[],
  toRow: (item: Item, index: number) => Table['$inferInsert'],
): Promise<void> {
  for (let start = 0; start < items.length; start += ROWS_PER_SLICE) {
    const end = Math.min(items.length, start + ROWS_PER_SLICE);
    const rows: Table['$inferInsert'][] = [];
    for (let index = start; index < end; index++) rows.push(toRow(items[index]!, index));
    await insertRows(db, table, rows);
  }
}

/** The columns (by property key) that every row gives, or undefined when some rows give a column others leave out. */
function givenColumns(table: PgTable, rows: readonly Row[]): [string, PgColumn][] | undefined {
  const columns = Object.entries(getTableColumns(table)) as [string, PgColumn][];
  const given = columns.filter(([key]) => rows[0]![key] !== undefined);
  // Column by column: one key per loop is a fast property read, twenty keys in turn a slow one (a tenth of storing).
  for (const [key] of columns) {
    const first = rows[0]![key] !== undefined;
    for (const row of rows) if ((row[key] !== undefined) !== first) return undefined;
  }
  return given;
}

/** `insert into t (a, b) [overriding system value] select u.a, u.b from unnest($1::type[], $2::type[]) as u(a, b)`. */
async function insertArrays(db: Executor, table: PgTable, given: [string, PgColumn][], rows: readonly Row[]) {
  const names = given.map(([, column]) => sql.identifier(column.name));
  const selected: SQL[] = [];
  const arrays: SQL[] = [];
  given.forEach(([key, column], index) => {
    const type = column.getSQLType();
    // An array column travels as the text of each row's array (a ragged array has no PostgreSQL type).
    const isArray = type.endsWith('[]');
    const values = rows.map((row) => (row[key] === null ? null : column.mapToDriverValue(row[key])));
    arrays.push(sql`${sql.param(values)}::${sql.raw(isArray ? 'text' : type)}[]`);
    selected.push(isArray ? sql`${sql.raw(`c${index}`)}::${sql.raw(type)}` : sql.raw(`c${index}`));
  });
  const aliases = sql.raw(given.map((_, index) => `c${index}`).join(', '));
  const identity = given.some(([, column]) => column.generatedIdentity?.type === 'always')
    ? sql` overriding system value`
    : sql``;
  await db.execute(
    sql`insert into ${table} (${sql.join(names, sql`, `)})${identity} select ${sql.join(selected, sql`, `)}
      from unnest(${sql.join(arrays, sql`, `)}) as u(${aliases})`,
  );
}

/**
 * Takes `count` values of the table's `id` sequence, in order, so that rows can be inserted with their ids known
 * beforehand (no RETURNING to match up). The sequence's values are never reused, whether or not the rows are inserted.
 */
export async function reserveIds(db: Executor, table: PgTable, count: number): Promise<number[]> {
  if (count === 0) return [];
  const [named] = rowsOf<{ sequence: string }>(
    await db.execute(sql`select pg_get_serial_sequence(${getTableName(table)}, 'id') as sequence`),
  );
  // The sequence as a constant: looked up per row, through pg_get_serial_sequence, it took 250 ms per 100,000 ids
  // instead of 40. One row holds every id: 100,000 rows of one id each cost about twice as much to send and read.
  const sequence = sql.raw(`'${named!.sequence.replace(/'/g, "''")}'::regclass`);
  const result = await db.execute(
    sql`select array_agg(nextval(${sequence}))::text as ids from generate_series(1, ${count}::integer)`,
  );
  const [row] = rowsOf<{ ids: string }>(result);
  return row!.ids
    .slice(1, -1)
    .split(',')
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * Updates many rows by id in one statement per 25,000 rows: `update t set a = u.a, … from unnest($1::bigint[], $2::…[])
 * as u(id, a, …) where t.id = u.id`. Every row must give the same columns, `id` included.
 */
export async function updateRowsById<Table extends PgTable>(
  db: Executor,
  table: Table,
  rows: readonly (Partial<Table['$inferInsert']> & { id: number })[],
): Promise<void> {
  if (rows.length === 0) return;
  const given = givenColumns(table, rows as readonly Row[]);
  if (!given || !given.some(([key]) => key === 'id'))
    throw new Error('updateRowsById: every row gives the same columns');
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const slice = (rows as readonly Row[]).slice(start, start + ROWS_PER_STATEMENT);
    const arrays: SQL[] = [];
    const sets: SQL[] = [];
    given.forEach(([key, column], index) => {
      const type = column.getSQLType();
      const isArray = type.endsWith('[]');
      const values = slice.map((row) => (row[key] === null ? null : column.mapToDriverValue(row[key])));
      arrays.push(sql`${sql.param(values)}::${sql.raw(isArray ? 'text' : type)}[]`);
      const value = isArray ? sql`u.${sql.raw(`c${index}`)}::${sql.raw(type)}` : sql`u.${sql.raw(`c${index}`)}`;
      if (key !== 'id') sets.push(sql`${sql.identifier(column.name)} = ${value}`);
    });
    const idIndex = given.findIndex(([key]) => key === 'id');
    const aliases = sql.raw(given.map((_, index) => `c${index}`).join(', '));
    await db.execute(
      sql`update ${table} set ${sql.join(sets, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) as u(${aliases})
        where ${table}.id = u.${sql.raw(`c${idIndex}`)}`,
    );
  }
}
