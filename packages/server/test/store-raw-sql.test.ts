import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createOrganization } from '../src/domain/provisioning.js';
import { inTransaction, schema, type Store } from '../src/store/index.js';
import { openTestStore, TEST_DRIVER } from './support/test-store.js';

// Store.executeSql, the raw SQL that pg-boss runs over the store, on PGlite (npm test) and PostgreSQL
// (npm run test:pg).
describe(`raw SQL on ${TEST_DRIVER}`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(async () => store.close());

  it('runs a parameterized statement and answers its rows', async () => {
    const { rows } = await store.executeSql('select $1::int as n, $2::text as s, $3::jsonb as j', [7, 'x', { a: [1] }]);
    expect(rows).toEqual([{ n: 7, s: 'x', j: { a: [1] } }]);
    const none = await store.executeSql('select 1 as one where $1::int > 1', [0]);
    expect(none.rows).toEqual([]);
  });

  it('runs every statement of a text without values and answers the rows of the last', async () => {
    const { rows } = await store.executeSql(`
      create table raw_multi (n int);
      insert into raw_multi values (1), (2);
      insert into raw_multi values (3);
      select count(*)::int as count, sum(n)::int as total from raw_multi;
    `);
    expect(rows).toEqual([{ count: 3, total: 6 }]);
    expect((await store.executeSql('select 1 as one; select 2 as two', [])).rows).toEqual([{ two: 2 }]);
    expect((await store.executeSql('drop table raw_multi')).rows).toEqual([]);
  });

  it("runs a text that commits its own transaction under an advisory lock, as pg-boss's schema plans do", async () => {
    const { rows } = await store.executeSql(`
      BEGIN;
      SET LOCAL lock_timeout = '30s';
      SELECT pg_advisory_xact_lock(727002);
      create table raw_locked (n int);
      insert into raw_locked values (1);
      COMMIT;
      select n from raw_locked;
    `);
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('rolls back what a failing text left open, and the next statement finds a clean session', async () => {
    await store.executeSql('create table raw_failed (n int)');
    await expect(store.executeSql('BEGIN; insert into raw_failed values (1); select 1 / 0; COMMIT;')).rejects.toThrow(
      /division by zero/,
    );
    // The insert is gone and no aborted transaction block is left for anyone: raw SQL, Drizzle, the domain.
    expect((await store.executeSql('select count(*)::int as count from raw_failed')).rows).toEqual([{ count: 0 }]);
    await everyConnectionWorks(store);
    await createOrganization(store.db, { slug: 'after-failed-raw-sql' });
    // A text that opens a transaction and never commits it is rolled back too, as when a session ends.
    await store.executeSql('BEGIN; insert into raw_failed values (2)');
    expect((await store.executeSql('select count(*)::int as count from raw_failed')).rows).toEqual([{ count: 0 }]);
    await everyConnectionWorks(store);
  });

  it('keeps queries issued while a failing text runs away from its aborted transaction', async () => {
    await store.executeSql('create table raw_race (n int)');
    const failing = store.executeSql(
      'BEGIN; insert into raw_race values (1); select pg_sleep(0.2); select 1 / 0; COMMIT;',
    );
    const others = Promise.all([
      store.executeSql('insert into raw_race values ($1)', [2]),
      store.executeSql('select 1 as one'),
      store.ping(),
    ]);
    await expect(failing).rejects.toThrow(/division by zero/);
    await expect(others).resolves.toBeDefined();
    expect((await store.executeSql('select n from raw_race')).rows).toEqual([{ n: 2 }]);
  });

  it('runs a statement that refuses a transaction block', async () => {
    await store.executeSql('create table raw_vacuumed (n int); insert into raw_vacuumed values (1)');
    await expect(store.executeSql('vacuum raw_vacuumed')).resolves.toEqual({ rows: [] });
  });

  it('never runs inside a Drizzle transaction in progress', async () => {
    await store.executeSql('create table raw_apart (n int)');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let raw: Promise<unknown> | undefined;
    const rolledBack = inTransaction(store.db, async (tx) => {
      await createOrganization(tx, { slug: 'rolled-back-around-raw-sql' });
      // Not awaited here: on PGlite it waits for this transaction to end (awaiting it inside would never finish).
      raw = store.executeSql('insert into raw_apart values (1)');
      await gate;
      throw new Error('roll back');
    });
    release();
    await expect(rolledBack).rejects.toThrow('roll back');
    await raw;
    expect((await store.executeSql('select n from raw_apart')).rows).toEqual([{ n: 1 }]);
    const organization = await store.executeSql('select 1 from organizations where slug = $1', [
      'rolled-back-around-raw-sql',
    ]);
    expect(organization.rows).toEqual([]);
  });
});

describe(`pg-boss 10 over the store on ${TEST_DRIVER}`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(async () => store.close());

  it('installs its schema, sends, fetches, completes and works jobs, maintains, and stops cleanly', async () => {
    // The store is pg-boss's `db`: Store.executeSql is the one method pg-boss calls on it.
    const boss = new PgBoss({ db: store, schema: 'pgboss' });
    const errors: unknown[] = [];
    boss.on('error', (error) => errors.push(error));
    await boss.start();
    try {
      expect(await boss.schemaVersion()).toBeGreaterThan(0);

      await boss.createQueue('analysis');
      const sent = await boss.send('analysis', { projectId: 42 });
      expect(sent).toMatch(/^[0-9a-f-]{36}$/);
      const [fetched] = await boss.fetch<{ projectId: number }>('analysis');
      expect(fetched).toMatchObject({ id: sent, name: 'analysis', data: { projectId: 42 } });
      expect(await boss.complete('analysis', sent!, { findings: 3 })).toMatchObject({ affected: 1 });
      expect(await boss.getJobById('analysis', sent!)).toMatchObject({ state: 'completed', output: { findings: 3 } });

      const worked = new Promise<{ projectId: number }>((resolve) => {
        void boss.work<{ projectId: number }>('analysis', { pollingIntervalSeconds: 0.5 }, async ([job]) => {
          resolve(job!.data);
          return { done: true };
        });
      });
      const second = await boss.send('analysis', { projectId: 43 });
      expect(await worked).toEqual({ projectId: 43 });
      await expect.poll(async () => (await boss.getJobById('analysis', second!))?.state).toBe('completed');

      // Maintenance runs pg-boss's locked texts (BEGIN; advisory lock; …; COMMIT) while the queue is live.
      await boss.maintain();
      await boss.schedule('analysis', '0 3 * * *', { projectId: 44 });
      expect((await boss.getSchedules()).map((schedule) => schedule.name)).toEqual(['analysis']);
      await boss.unschedule('analysis');
      expect(await boss.getQueueSize('analysis')).toBe(0);
    } finally {
      await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
    }
    expect(errors).toEqual([]);

    // pg-boss never owned the connection: the store is still usable, and pg-boss's rows are in it.
    await store.ping();
    const organization = await createOrganization(store.db, { slug: 'after-pg-boss' });
    const projects = await store.db
      .select()
      .from(schema.projects)
      .where(eq(schema.projects.organizationId, organization.id));
    expect(projects).toEqual([]);
    const jobs = await store.executeSql('select state::text as state from pgboss.job where name = $1', ['analysis']);
    expect(jobs.rows).toEqual([{ state: 'completed' }, { state: 'completed' }]);
  });

  it("fails a second install the way pg-boss expects ('already exists'), leaving the store clean", async () => {
    const boss = new PgBoss({ db: store, schema: 'pgboss', supervise: false, schedule: false });
    await boss.start();
    try {
      // What an instance runs when it found the schema missing just before another one installed it: pg-boss
      // ignores this error, so the aborted transaction the text leaves must not outlive the call.
      await expect(store.executeSql(PgBoss.getConstructionPlans('pgboss'))).rejects.toThrow(/already exists/);
      await everyConnectionWorks(store);
      await boss.createQueue('after-second-install');
      expect(await boss.send('after-second-install', {})).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await boss.stop({ graceful: false });
    }
  });

  // On PostgreSQL pg-boss 10 does not promise this: while one instance installs, another one's
  // `CREATE SCHEMA IF NOT EXISTS pgboss` (behind the same advisory lock) can fail with a duplicate key on
  // pg_namespace, an error its installer does not ignore. There, one process installs before the others start.
  it.runIf(TEST_DRIVER === 'pglite')('lets two pg-boss instances start at once over one fresh store', async () => {
    // Both find the schema missing; the second install fails inside its own BEGIN and pg-boss ignores that error.
    const fresh = await openTestStore();
    try {
      const bosses = [new PgBoss({ db: fresh }), new PgBoss({ db: fresh })];
      await Promise.all(bosses.map((boss) => boss.start()));
      await bosses[0]!.createQueue('shared');
      const id = await bosses[1]!.send('shared', {});
      expect((await bosses[0]!.fetch('shared'))?.map((job) => job.id)).toEqual([id]);
      await Promise.all(bosses.map((boss) => boss.stop({ graceful: false })));
      await everyConnectionWorks(fresh);
    } finally {
      await fresh.close();
    }
  });
});

/** More statements at once than the PostgreSQL pool has connections (10), through raw SQL and Drizzle alike. */
async function everyConnectionWorks(store: Store): Promise<void> {
  const statements = Array.from({ length: 12 }, (_, index) => [
    store.executeSql('select $1::int as index', [index]),
    store.executeSql('select 1 as one'),
    store.ping(),
  ]);
  await Promise.all(statements.flat());
}
