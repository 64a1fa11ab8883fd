import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getTableName } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Executor } from './database.js';

type Row = Record<string, unknown>;

/** A client that can take `COPY … FROM`: node-postgres' connection, or PGlite (a transaction or the database). */
export type CopyClient =
  | { driver: 'postgres'; client: pg.ClientBase }
  | { driver: 'pglite'; client: { query(text: string, params: unknown[], options: { blob: Blob }): Promise<unknown> } };

/**
 * The connection behind a Drizzle executor, when COPY can use it: a node-postgres client (a transaction's, never the
 * pool, whose next query could take another connection) or PGlite. Reads Drizzle's `session.client`, which both
 * drivers set; undefined when it is not there, and the caller inserts rows the ordinary way.
 */
export function copyClientOf(db: Executor): CopyClient | undefined {
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  if (client instanceof pg.Client) return { driver: 'postgres', client };
  const candidate = client as { query?: unknown; exec?: unknown } | undefined;
  // PGlite and its transactions have `exec`; node-postgres' pool has not.
  if (candidate && typeof candidate.query === 'function' && typeof candidate.exec === 'function')
    return { driver: 'pglite', client: client as Extract<CopyClient, { driver: 'pglite' }>['client'] };
  return undefined;
}

/** Rows per chunk of COPY text: PGlite takes each chunk as one blob, node-postgres streams them. */
const ROWS_PER_CHUNK = 5_000;
/** Rows per PGlite COPY statement: its blob is copied into WebAssembly memory, which never shrinks. */
const ROWS_PER_PGLITE_COPY = 25_000;

/**
 * Writes rows with `COPY table (columns) FROM STDIN` in PostgreSQL's text format: no SQL to parse per row and no
 * parameter arrays to build, about half the time of `insert … select from unnest(…)` for 100,000 findings
 * (docs/benchmarks.md). Identity columns given in the rows are written as given, as COPY always does.
 */
export async function copyRows(
  target: CopyClient,
  table: PgTable,
  given: readonly [string, PgColumn][],
  rows: readonly Row[],
): Promise<void> {
  const columns = given.map(([, column]) => `"${column.name}"`).join(', ');
  const name = `"${getTableName(table)}"`;
  if (target.driver === 'postgres') {
    const stream = target.client.query(copyFrom(`copy ${name} (${columns}) from stdin`));
    await pipeline(Readable.from(copyChunks(given, rows)), stream);
    return;
  }
  for (let start = 0; start < rows.length; start += ROWS_PER_PGLITE_COPY) {
    const blob = new Blob([...copyChunks(given, rows.slice(start, start + ROWS_PER_PGLITE_COPY))]);
    await target.client.query(`copy ${name} (${columns}) from '/dev/blob'`, [], { blob });
  }
}

function* copyChunks(given: readonly [string, PgColumn][], rows: readonly Row[]): Generator<string> {
  const keys = given.map(([key]) => key);
  const encoders = given.map(([, column]) => encoderFor(column));
  const fields: string[] = new Array<string>(keys.length);
  // Fields and lines joined once, not appended one by one: about a third of the time on 25,000 findings.
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    const end = Math.min(rows.length, start + ROWS_PER_CHUNK);
    const lines: string[] = new Array<string>(end - start);
    for (let index = start; index < end; index++) {
      const row = rows[index]!;
      for (let n = 0; n < keys.length; n++) fields[n] = encoders[n]!(row[keys[n]!]);
      lines[index - start] = fields.join('\t');
    }
    yield lines.join('\n') + '\n';
  }
}

const NULL = '\\N';
const SPECIAL = /[\\\n\r\t]/;
const SPECIALS = /[\\\n\r\t]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A text field of COPY's text format: backslash, newline, carriage return and tab escaped. */
const copyField = (text: string): string =>
  SPECIAL.test(text) ? text.replace(SPECIALS, (char) => ESCAPES[char]!) : text;

/** How one column's values become COPY fields: text, numbers and booleans as they are, the rest through Drizzle. */
function encoderFor(column: PgColumn): (value: unknown) => string {
  if (column.dataType === 'string')
    return (value) => (value === null || value === undefined ? NULL : copyField(value as string));
  if (column.dataType === 'number' || column.dataType === 'bigint')
    return (value) => (value === null || value === undefined ? NULL : String(value));
  if (column.dataType === 'boolean')
    return (value) => (value === null || value === undefined ? NULL : value ? 't' : 'f');
  return (value) => {
    if (value === null || value === undefined) return NULL;
    const mapped: unknown = column.mapToDriverValue(value);
    if (mapped === null || mapped === undefined) return NULL;
    if (mapped instanceof Date) return mapped.toISOString();
    // bytea in its hex form; copyField doubles the backslash, as COPY's text format wants.
    if (mapped instanceof Uint8Array) return copyField(`\\x${Buffer.from(mapped).toString('hex')}`);
    return copyField(typeof mapped === 'string' ? mapped : JSON.stringify(mapped));
  };
}
