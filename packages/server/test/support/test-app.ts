import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import type { Store } from '../../src/store/index.js';
import { openTestStore } from './test-store.js';

/** The real app over a throw-away store; `close()` closes both. */
export interface TestApp {
  app: FastifyInstance;
  store: Store;
  close(): Promise<void>;
}

export async function openTestApp(configure?: (app: FastifyInstance) => void | Promise<void>): Promise<TestApp> {
  const store = await openTestStore();
  const app = await buildApp({ store, logger: false });
  await configure?.(app);
  await app.ready();
  return {
    app,
    store,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
