import { and, eq, lt } from 'drizzle-orm';
import { increment, schema, type Executor, type Store } from '../../store/index.js';
import { batchedSqlCounter } from './batched-counter.js';

const { rateLimitWindows } = schema;

/** The requests counted so far in a key's current window, this one included, and when the window ends. */
export interface WindowCount {
  hits: number;
  endsAt: Date;
}

/** Counts requests per key in fixed windows of `windowSeconds` (aligned on the epoch, so every node agrees). */
export interface RateCounter {
  hit(key: string, windowSeconds: number, now?: Date): Promise<WindowCount>;
}

export function windowOf(windowSeconds: number, now: Date): { start: Date; endsAt: Date } {
  const length = windowSeconds * 1000;
  const start = Math.floor(now.getTime() / length) * length;
  return { start: new Date(start), endsAt: new Date(start + length) };
}

/** Counters in this process: the embedded store serves one process, so its API is one node. */
export function memoryCounter(): RateCounter {
  const windows = new Map<string, { start: number; hits: number }>();
  return {
    async hit(key, windowSeconds, now = new Date()) {
      const { start, endsAt } = windowOf(windowSeconds, now);
      const current = windows.get(key);
      const hits = current && current.start === start.getTime() ? current.hits + 1 : 1;
      // Re-inserted so the map keeps keys in order of last use: the oldest go first when it grows.
      windows.delete(key);
      windows.set(key, { start: start.getTime(), hits });
      if (windows.size > 100_000) for (const old of [...windows.keys()].slice(0, 10_000)) windows.delete(old);
      return { hits, endsAt };
    },
  };
}

/** Counters in PostgreSQL, one atomic upsert per request: every API node on the database counts together. */
export function sqlCounter(db: Executor): RateCounter {
  return {
    async hit(key, windowSeconds, now = new Date()) {
      const { start, endsAt } = windowOf(windowSeconds, now);
      const [row] = await db
        .insert(rateLimitWindows)
        .values({ key, windowStart: start, hits: 1 })
        .onConflictDoUpdate({
          target: [rateLimitWindows.key, rateLimitWindows.windowStart],
          set: { hits: increment(rateLimitWindows.hits) },
        })
        .returning({ hits: rateLimitWindows.hits });
      // The window's first request clears the key's earlier windows: a key keeps one row.
      if (row!.hits === 1)
        await db
          .delete(rateLimitWindows)
          .where(and(eq(rateLimitWindows.key, key), lt(rateLimitWindows.windowStart, start)));
      return { hits: row!.hits, endsAt };
    },
  };
}

const counters = new WeakMap<Store, { exact: RateCounter; batched: RateCounter }>();

function countersOf(store: Store) {
  let made = counters.get(store);
  if (!made) {
    const memory = memoryCounter();
    made =
      store.driver === 'postgres'
        ? { exact: sqlCounter(store.db), batched: batchedSqlCounter(store.db) }
        : { exact: memory, batched: memory };
    counters.set(store, made);
  }
  return made;
}

/** The store's exact counter: in PostgreSQL (one upsert a request) when the store is, in memory on PGlite. */
export const rateCounterFor = (store: Store): RateCounter => countersOf(store).exact;

/**
 * The counter for every request of a credential: on PostgreSQL written in batches (`batchedSqlCounter`, no round
 * trip for most requests), in memory on PGlite.
 */
export const requestCounterFor = (store: Store): RateCounter => countersOf(store).batched;
