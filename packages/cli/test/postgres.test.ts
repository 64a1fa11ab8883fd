import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../../server/test/support/test-store.js';
import { runCli, startServe } from './run-cli.js';

const adminUrl = process.env.PLUMB_TEST_PG_URL;
const admin = (statement: string) => runAdmin(adminUrl!, statement);

// `npm run test:pg` sets PLUMB_TEST_PG_URL; `npm test` has no PostgreSQL server to talk to.
describe.skipIf(!adminUrl)('plumb on PostgreSQL (DATABASE_URL)', () => {
  const database = `plumb_test_cli_${randomBytes(4).toString('hex')}`;
  let databaseUrl: string;
  beforeAll(async () => {
    await admin(`create database ${database}`);
    const url = new URL(adminUrl!);
    url.pathname = `/${database}`;
    databaseUrl = url.toString();
  });
  afterAll(async () => admin(`drop database if exists ${database} with (force)`));

  it('bootstraps idempotently and serves from the database, then shuts down cleanly', async () => {
    const args = ['admin', 'bootstrap', '--org', 'acme', '--email', 'owner@acme.test', '--json'];
    const first = await runCli(args, { DATABASE_URL: databaseUrl });
    const second = await runCli(args, { DATABASE_URL: databaseUrl });
    expect([first.code, second.code]).toEqual([0, 0]);
    const [a, b] = [first, second].map((run) => JSON.parse(run.stdout.trim().split('\n').at(-1)!));
    expect(b.organization).toEqual(a.organization);
    expect(b.user).toEqual(a.user);
    expect(b.userToken).not.toBe(a.userToken);
    const server = await startServe(['--port', '0'], { DATABASE_URL: databaseUrl });
    expect(await (await fetch(`${server.url}/readyz`)).json()).toMatchObject({ status: 'ready', store: 'postgres' });
    // A second node on the same database is fine: no state lives on an API node.
    const other = await startServe(['--port', '0'], { DATABASE_URL: databaseUrl });
    expect((await fetch(`${other.url}/healthz`)).status).toBe(200);
    server.child.kill('SIGTERM');
    other.child.kill('SIGTERM');
    expect(await Promise.all([server.exited, other.exited])).toEqual([0, 0]);
  });
});
