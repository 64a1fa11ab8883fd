import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../src/domain/index.js';
import { inTransaction, type Store } from '../src/store/index.js';
import { openTestStore, TEST_DRIVER } from './support/test-store.js';

// Store.executeSql, the raw SQL that pg-boss runs over the store, on PGlite (npm test) and PostgreSQL (npm run test:pg).
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

/** More statements at once than the PostgreSQL pool has connections (10), through raw SQL and Drizzle alike. */
async function everyConnectionWorks(store: Store): Promise<void> {
  const statements = Array.from({ length: 12 }, (_, index) => [
    store.executeSql('select $1::int as index', [index]),
    store.executeSql('select 1 as one'),
    store.ping(),
  ]);
  await Promise.all(statements.flat());
}
