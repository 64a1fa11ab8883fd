import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type OpenOptions, type Store } from '../../src/store/index.js';

/**
 * The driver the store and API suites run on: PostgreSQL when PLUMB_TEST_PG_URL names a server (CI sets it),
 * else in-memory PGlite. On PostgreSQL each store gets a throw-away database, dropped on close.
 */
export const TEST_DRIVER: 'pglite' | 'postgres' = process.env.PLUMB_TEST_PG_URL ? 'postgres' : 'pglite';

export async function openTestStore(options: OpenOptions = {}): Promise<Store> {
  const adminUrl = process.env.PLUMB_TEST_PG_URL;
  if (!adminUrl) return openStore({ driver: 'pglite', dataDir: null }, options);
  const database = `plumb_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await runAdmin(adminUrl, `create database ${database}`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const store = await openStore({ driver: 'postgres', databaseUrl: url.toString() }, options);
  return {
    ...store,
    db: store.db,
    close: async () => {
      await store.close();
      await runAdmin(adminUrl, `drop database if exists ${database} with (force)`);
    },
  };
}

/** Runs one statement (create or drop a throw-away database) on the PostgreSQL server's admin connection. */
export async function runAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
