import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

/** The rows a raw SQL text answers: those of its last statement. */
export interface SqlRows {
  rows: Record<string, unknown>[];
}

/**
 * Runs raw SQL the way a library that brings its own SQL expects (pg-boss's `db` option calls it `executeSql`).
 *
 * With values: one statement, its parameters bound (`$1`, `$2`…). Without values (or with none): any number of
 * statements separated by semicolons, run as PostgreSQL runs a simple query, including texts that open and commit
 * their own transaction (`BEGIN; … COMMIT;`, as pg-boss installs and migrates its schema under an advisory lock).
 * Either way the answer is `{ rows }` of the last statement. Each call is a session of its own: a transaction block
 * the text leaves open, aborted by a failure or never committed, is rolled back before the connection is reused.
 */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<SqlRows>;

/** PostgreSQL through the pool: one pooled connection per call. */
export function postgresExecuteSql(pool: pg.Pool): ExecuteSql {
  return async (text, values) => {
    const client = await pool.connect();
    let result;
    try {
      result = await client.query(text, values && values.length > 0 ? values : undefined);
    } catch (error) {
      // The connection is dropped, as pool.query drops it: its session ends, and with it any transaction block the
      // text left aborted (node-postgres rejects before the server says whether one is left).
      client.release(error as Error);
      throw error;
    }
    await releaseIdle(client);
    return lastRows(result);
  };
}

/** Gives a connection back to the pool outside any transaction block, or drops it when that fails. */
async function releaseIdle(client: pg.PoolClient): Promise<void> {
  // 'I' is idle; 'T' a transaction block the text opened and never committed, which must not reach the pool.
  if (client.getTransactionStatus() !== 'I') {
    try {
      await client.query('rollback');
    } catch (error) {
      client.release(error as Error);
      return;
    }
  }
  client.release();
}

/**
 * PGlite: `query` (extended protocol) for a parameterized statement, `exec` (simple query protocol) for a text of
 * several statements. PGlite is a single connection, shared by the whole store, so a text without values runs while
 * it holds PGlite's transaction lock: no other query slips in between a failure and the rollback that cleans it up.
 */
export function pgliteExecuteSql(client: PGlite): ExecuteSql {
  return async (text, values) => {
    if (values && values.length > 0) return { rows: (await client.query<Record<string, unknown>>(text, values)).rows };
    return client.transaction(async (tx) => {
      // Leave the transaction PGlite opened to take its lock, so the text runs exactly as it would on a connection
      // of its own: its own BEGIN and COMMIT, and statements that refuse a transaction block, such as VACUUM.
      // Should the text throw, PGlite's ROLLBACK ends the transaction block it may have left aborted.
      await tx.exec('commit');
      const rows = lastRows(await tx.exec(text));
      if (client.isInTransaction()) await tx.rollback();
      return rows;
    });
  };
}

/** `{ rows }` of the last result: node-postgres answers an array for a text of several statements, PGlite always. */
function lastRows(result: { rows: unknown[] } | { rows: unknown[] }[]): SqlRows {
  const last = Array.isArray(result) ? result.at(-1) : result;
  return { rows: (last?.rows ?? []) as Record<string, unknown>[] };
}
