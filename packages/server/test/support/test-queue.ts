import { lazyQueue, type LazyQueue, type QueueOptions } from '../../src/jobs/queue.js';
import type { Store } from '../../src/store/index.js';

/** The real pg-boss queue over a test store, started only if a test enqueues; `stop()` it when done. */
export function testQueue(store: Store, options: Partial<QueueOptions> = {}): LazyQueue {
  return lazyQueue(store, { expireInSeconds: 3600, ...options });
}
