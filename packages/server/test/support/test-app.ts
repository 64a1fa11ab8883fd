import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/app.js';
import type { SealedBox } from '../../src/crypto/sealed-box.js';
import type { QueueOptions } from '../../src/jobs/queue.js';
import type { Store } from '../../src/store/index.js';
import { testQueue } from './test-queue.js';
import { openTestStore } from './test-store.js';

/** The real app over a throw-away store; `close()` closes both. */
export interface TestApp {
  app: FastifyInstance;
  store: Store;
  /** The app's real queue (pg-boss on the store), started when a test first enqueues. */
  queue: ReturnType<typeof testQueue>;
  close(): Promise<void>;
}

export async function openTestApp(
  configure?: (app: FastifyInstance) => void | Promise<void>,
  options: {
    secrets?: SealedBox;
    queue?: Partial<QueueOptions>;
    logger?: AppOptions['logger'];
    onQuery?: (sql: string) => void;
    dataDir?: string;
    webRoot?: string;
  } = {},
): Promise<TestApp> {
  const { onQuery, queue: queueOptions, logger, ...appOptions } = options;
  const store = await openTestStore(onQuery ? { onQuery } : {});
  const queue = testQueue(store, queueOptions);
  const app = await buildApp({ store, logger: logger ?? false, queue, ...appOptions });
  await configure?.(app);
  await app.ready();
  return {
    app,
    store,
    queue,
    close: async () => {
      await app.close();
      await queue.stop();
      await store.close();
    },
  };
}
