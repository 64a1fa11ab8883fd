import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database } from './database.js';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { applyMigrations } from './migrate.js';
import { pgliteExecuteSql, postgresExecuteSql, type SqlRows } from './raw-sql.js';
import * as schema from './schema/index.js';

/** Drizzle's query logger. */
type QueryLogger = { logQuery(query: string, params: unknown[]): void };

export type StoreOptions = { driver: 'pglite'; dataDir: string | null } | { driver: 'postgres'; databaseUrl: string };

/** An open store: the database, its driver, and a clean way to close it. */
export interface Store {
  readonly db: Database;
  readonly driver: 'pglite' | 'postgres';
  /** Where the data lives: the PGlite directory, `memory`, or the PostgreSQL URL without its password. */
  readonly location: string;
  ping(): Promise<void>;
  /**
   * Raw SQL for libraries that bring their own (see raw-sql.ts): one parameterized statement with values, any
   * number of statements without; answers the rows of the last. This is the `db` pg-boss 10 takes, so
   * `new PgBoss({ db: store })` runs the queue over the store's own connection, on either driver. It never joins
   * a Drizzle transaction: on PGlite it waits for the one in progress to end, so never await it inside one.
   */
  executeSql(text: string, values?: unknown[]): Promise<SqlRows>;
  close(): Promise<void>;
}

/**
 * Chooses the driver the way every `plumb` command does: PostgreSQL when DATABASE_URL is set, else PGlite in the
 * data dir.
 */
export function storeOptionsFromEnv(dataDir: string, env: NodeJS.ProcessEnv = process.env): StoreOptions {
  const databaseUrl = env.DATABASE_URL?.trim();
  return databaseUrl ? { driver: 'postgres', databaseUrl } : { driver: 'pglite', dataDir };
}

/** How a store is opened: whether to migrate it, and who hears of each query (tests count them). */
export interface OpenOptions {
  migrate?: boolean;
  /** Told of every query Drizzle sends, with its SQL text; never its values, which may hold secrets. */
  onQuery?: (sql: string) => void;
}

/** Opens the store and applies pending migrations. */
export async function openStore(options: StoreOptions, { migrate = true, onQuery }: OpenOptions = {}): Promise<Store> {
  const logger = onQuery ? { logQuery: (query: string) => onQuery(query) } : undefined;
  const store =
    options.driver === 'postgres'
      ? await openPostgres(options.databaseUrl, logger)
      : await openPglite(options.dataDir, logger);
  try {
    if (migrate) await applyMigrations(store.db);
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

async function openPglite(dataDir: string | null, logger?: QueryLogger): Promise<Store> {
  let lock: DataDirLock | undefined;
  if (dataDir) {
    await mkdir(dataDir, { recursive: true });
    lock = await acquireDataDirLock(dataDir);
  }
  let client: PGlite;
  try {
    // 32 MB of shared buffers, not 128: PGlite's buffers live in the process's own memory, and its data files are
    // cached by the system anyway (docs/benchmarks.md: a quarter less peak memory storing 100,000 findings).
    const options = { postgresqlconf: ['shared_buffers=32MB'] };
    client = await PGlite.create(dataDir ? { dataDir: `${dataDir}/pgdata`, ...options } : options);
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const db = drizzlePglite({ client, schema, ...(logger ? { logger } : {}) }) as unknown as Database;
  let closed = false;
  return {
    db,
    driver: 'pglite',
    location: dataDir ?? 'memory',
    ping: async () => void (await db.execute(sql`select 1`)),
    executeSql: pgliteExecuteSql(client),
    close: async () => {
      if (closed) return;
      closed = true;
      await client.close();
      await lock?.release();
    },
  };
}

async function openPostgres(databaseUrl: string, logger?: QueryLogger): Promise<Store> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // An idle client losing its connection must not crash the process; the next query reports the error.
  pool.on('error', () => {});
  const db = drizzlePostgres({ client: pool, schema, ...(logger ? { logger } : {}) }) as unknown as Database;
  try {
    await db.execute(sql`select 1`);
  } catch (error) {
    await pool.end();
    throw error;
  }
  let closed = false;
  return {
    db,
    driver: 'postgres',
    location: redactUrl(databaseUrl),
    ping: async () => void (await db.execute(sql`select 1`)),
    executeSql: postgresExecuteSql(pool),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

function redactUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres';
  }
}
