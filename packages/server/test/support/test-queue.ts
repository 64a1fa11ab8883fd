import { lazyQueue, type Queue } from '../../src/jobs/queue.js';
import type { Store } from '../../src/store/index.js';

/** The real pg-boss queue over a test store, started only if a test enqueues; `stop()` it when done. */
export function testQueue(store: Store): Queue & { opened(): Promise<Queue> } {
  return lazyQueue(store, { expireInSeconds: 3600 });
}
