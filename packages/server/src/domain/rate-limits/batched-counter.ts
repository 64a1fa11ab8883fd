import { and, eq, lt } from 'drizzle-orm';
import { schema, shifted, type Executor } from '../../store/index.js';
import { windowOf, type RateCounter } from './counters.js';

const { rateLimitWindows } = schema;

/** How often a node adds the requests it counted to the shared rows. */
export const FLUSH_MS = 100;

/** One key's current window as this node knows it. */
interface Entry {
  key: string;
  windowSeconds: number;
  start: Date;
  /** The shared total the last write answered: every node's requests written so far. */
  known: number;
  /** This node's requests being written now. */
  writingHits: number;
  /** This node's requests counted since, not yet written. */
  pending: number;
  /** A write of this entry in progress: one at a time, so `known` is always a whole total. */
  writing?: Promise<number>;
}

/** A counter whose writes wait for `flush()`; `hit` stays exact for this node's own requests. */
export interface BatchedCounter extends RateCounter {
  /** Writes every key's pending requests now (the timer does it every FLUSH_MS). */
  flush(): Promise<void>;
}

/**
 * PostgreSQL's counters, written in batches instead of one upsert per request: a key's first request of a window
 * is written at once (it learns what other nodes counted), the next ones are counted in memory and added to the
 * shared row every `flushMs` by one upsert per key, which answers the total of every node. This node's own requests
 * are always counted; other nodes' show here within `flushMs`, so nodes together may let through up to `flushMs`
 * of their requests past a limit. Requests counted in the last `flushMs` before a node stops are not written.
 */
export function batchedSqlCounter(db: Executor, flushMs = FLUSH_MS): BatchedCounter {
  const entries = new Map<string, Entry>();
  let timer: NodeJS.Timeout | undefined;

  /** Adds the entry's pending requests to its shared row; answers the row's total. */
  async function write(entry: Entry): Promise<number> {
    const added = entry.pending;
    entry.pending = 0;
    entry.writingHits = added;
    try {
      const [row] = await db
        .insert(rateLimitWindows)
        .values({ key: entry.key, windowStart: entry.start, hits: added })
        .onConflictDoUpdate({
          target: [rateLimitWindows.key, rateLimitWindows.windowStart],
          set: { hits: shifted(rateLimitWindows.hits, added) },
        })
        .returning({ hits: rateLimitWindows.hits });
      entry.known = row!.hits;
      entry.writingHits = 0;
      // The window's first write clears the key's earlier windows: a key keeps one row.
      if (row!.hits === added)
        await db
          .delete(rateLimitWindows)
          .where(and(eq(rateLimitWindows.key, entry.key), lt(rateLimitWindows.windowStart, entry.start)));
      return row!.hits;
    } catch (error) {
      entry.pending += added;
      entry.writingHits = 0;
      throw error;
    }
  }

  function writeOnce(entry: Entry): Promise<number> {
    entry.writing ??= write(entry).finally(() => (entry.writing = undefined));
    return entry.writing;
  }

  async function flush(): Promise<void> {
    timer = undefined;
    const now = Date.now();
    const writes: Promise<number>[] = [];
    for (const [id, entry] of entries) {
      if (entry.pending > 0 && !entry.writing) writes.push(writeOnce(entry));
      else if (!entry.writing && entry.start.getTime() + entry.windowSeconds * 1000 <= now) entries.delete(id);
    }
    // A failed write keeps its requests pending: the next flush tries again.
    await Promise.allSettled(writes);
    if ([...entries.values()].some((entry) => entry.pending > 0)) schedule();
  }

  function schedule(): void {
    timer ??= setTimeout(() => void flush(), flushMs).unref();
  }

  return {
    flush,
    async hit(key, windowSeconds, now = new Date()) {
      const { start, endsAt } = windowOf(windowSeconds, now);
      const id = `${windowSeconds}\0${key}`;
      let entry = entries.get(id);
      const fresh = !entry || entry.start.getTime() < start.getTime();
      if (fresh) entries.set(id, (entry = { key, windowSeconds, start, known: 0, writingHits: 0, pending: 1 }));
      // The first of a window waits for the shared total; the others count on what this node knows.
      if (fresh) return { hits: await writeOnce(entry!), endsAt };
      // A request dated in an earlier window than this node's (a clock step back) counts in the current one.
      entry!.pending++;
      schedule();
      return { hits: entry!.known + entry!.writingHits + entry!.pending, endsAt };
    },
  };
}
