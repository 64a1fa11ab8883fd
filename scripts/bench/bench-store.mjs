// The built server's modules, and a throw-away store of either driver, for the benches that store (`npx tsc -b` first).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const serverDist = path.join(repo, 'packages/server/dist');
const execFileAsync = promisify(execFile);

export const importServer = (file) => import(pathToFileURL(path.join(serverDist, file)).href);

/** A migrated store: PGlite in a fresh data dir, or a fresh database on the PostgreSQL server at `pgUrl`. */
export async function openDriver(driver, pgUrl) {
  const { openStore } = await importServer('store/index.js');
  if (driver === 'pglite') {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'plumb-bench-pglite-'));
    // Created and migrated in a process of its own, as `plumb admin bootstrap` does before `plumb serve`: the memory
    // PGlite's initdb takes in the process that creates a data dir is not the server's.
    const storeModule = JSON.stringify(pathToFileURL(path.join(serverDist, 'store/index.js')).href);
    await execFileAsync(process.execPath, [
      '--input-type=module',
      '-e',
      `const { openStore } = await import(${storeModule});
       await (await openStore({ driver: 'pglite', dataDir: ${JSON.stringify(dataDir)} })).close();`,
    ]);
    const store = await openStore({ driver: 'pglite', dataDir });
    return { store, close: async () => (await store.close(), await rm(dataDir, { recursive: true, force: true })) };
  }
  const pg = (await import(pathToFileURL(path.join(repo, 'node_modules/pg/lib/index.js')).href)).default;
  const admin = async (statement) => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  const database = `plumb_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${database}`);
  const url = new URL(pgUrl);
  url.pathname = `/${database}`;
  const store = await openStore({ driver: 'postgres', databaseUrl: url.toString() });
  return {
    store,
    databaseUrl: url.toString(),
    close: async () => (await store.close(), await admin(`drop database if exists ${database} with (force)`)),
  };
}
