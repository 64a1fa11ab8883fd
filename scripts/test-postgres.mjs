#!/usr/bin/env node
// Runs the store and API suites (packages/server), the CLI and the dashboard's browser tests on PostgreSQL
// (DATABASE_URL): each suite creates its own throw-away database and drops it; this script checks none is left
// behind.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const adminUrl = process.env.PLUMB_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function leftoverDatabases() {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query('select datname from pg_database where datname like $1', [`plumb_test_%`]);
    return rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}

try {
  await leftoverDatabases();
} catch (error) {
  console.error(`test:pg: cannot reach PostgreSQL at ${adminUrl.replace(/:[^:@/]*@/, ':***@')}: ${error.message}`);
  process.exit(2);
}
const before = new Set(await leftoverDatabases());
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    'packages/server',
    'packages/cli/test/postgres.test.ts',
    // The dashboard in a real browser against a `plumb serve` on its own throw-away database.
    'packages/web/test',
    'packages/cli/test/workers.test.ts',
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, PLUMB_TEST_PG_URL: adminUrl },
  },
);
const left = (await leftoverDatabases()).filter((name) => !before.has(name));
if (left.length > 0) {
  console.error(`test:pg: throw-away databases were left behind: ${left.join(', ')}`);
  process.exit(1);
}
process.exit(run.status ?? 1);
