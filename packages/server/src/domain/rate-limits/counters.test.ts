import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, TEST_DRIVER } from '../../../test/support/test-store.js';
import { schema, type Store } from '../../store/index.js';
import { batchedSqlCounter } from './batched-counter.js';
import { memoryCounter, sqlCounter, type RateCounter } from './counters.js';
import { consumeRate } from './limits.js';

const AT = new Date('2026-12-05T10:00:30Z');

describe(`rate counters on ${TEST_DRIVER}`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  }, 60_000);
  afterAll(() => store.close());

  const counters: [string, () => RateCounter][] = [
    ['in PostgreSQL', () => sqlCounter(store.db)],
    ['in memory', () => memoryCounter()],
    ['in PostgreSQL, written in batches', () => batchedSqlCounter(store.db, 10)],
  ];

  for (const [where, make] of counters) {
    it(`counts concurrent requests ${where} without losing one, window by window`, async () => {
      const counter = make();
      const key = `test:${where}`;
      const hits = await Promise.all(Array.from({ length: 30 }, () => counter.hit(key, 60, AT)));
      expect(hits.map((hit) => hit.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(hits[0]!.endsAt).toEqual(new Date('2026-12-05T10:01:00Z'));
      expect((await counter.hit(`test:other:${where}`, 60, AT)).hits).toBe(1);
      expect((await counter.hit(key, 60, new Date('2026-12-05T10:01:00Z'))).hits).toBe(1);
    });
  }

  it('keeps one row per key in PostgreSQL: a new window clears the earlier ones', async () => {
    const counter = sqlCounter(store.db);
    await counter.hit('test:rows', 3600, AT);
    await counter.hit('test:rows', 3600, new Date('2026-12-05T11:00:00Z'));
    const rows = await store.db.select().from(schema.rateLimitWindows);
    expect(rows.filter((row) => row.key === 'test:rows')).toHaveLength(1);
  });

  it('shares batched counts between nodes: each learns the total at its first request and at every write', async () => {
    const [a, b] = [batchedSqlCounter(store.db, 60_000), batchedSqlCounter(store.db, 60_000)];
    const hitsOf = async (counter: RateCounter, times: number) => {
      const hits: number[] = [];
      for (let hit = 0; hit < times; hit += 1) hits.push((await counter.hit('test:nodes', 60, AT)).hits);
      return hits;
    };
    expect(await hitsOf(a, 3)).toEqual([1, 2, 3]);
    await a.flush();
    // b's first request is written at once, over a's three.
    expect(await hitsOf(b, 2)).toEqual([4, 5]);
    const stored = async () =>
      (await store.db.select().from(schema.rateLimitWindows)).find((row) => row.key === 'test:nodes')?.hits;
    expect(await stored()).toBe(4);
    await b.flush();
    expect(await stored()).toBe(5);
    // a learns b's requests at its next write.
    expect(await hitsOf(a, 1)).toEqual([4]);
    await a.flush();
    expect(await hitsOf(a, 1)).toEqual([7]);
  });

  it('says how long to wait once past the limit', async () => {
    const counter = memoryCounter();
    for (let hit = 1; hit <= 2; hit += 1) expect(await consumeRate(counter, 'k', 2, 60, AT)).toBeUndefined();
    expect(await consumeRate(counter, 'k', 2, 60, AT)).toEqual({ limit: 2, windowSeconds: 60, retryAfterSeconds: 30 });
  });
});
