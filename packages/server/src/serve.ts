import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { loadSecretKey, sealedBox } from './crypto/sealed-box.js';
import { analysisLimits } from './jobs/limits.js';
import { lazyQueue } from './jobs/queue.js';
import { openStore, type Store, type StoreOptions } from './store/index.js';

export interface ServeOptions {
  port: number;
  host: string;
  store: StoreOptions;
  /** Where the secret key file lives when PLUMB_SECRET_KEY is not set. */
  dataDir: string;
}

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  url: string;
  /** Stops accepting requests, lets in-flight ones finish, then closes the store. Safe to call twice. */
  stop(): Promise<void>;
}

/** Opens the store (applying migrations), builds the app and listens. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const store = await openStore(options.store);
  const queue = lazyQueue(store, { expireInSeconds: analysisLimits().expireInSeconds });
  let app: FastifyInstance;
  try {
    app = await buildApp({ store, secrets: sealedBox(await loadSecretKey(options.dataDir)), queue });
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await store.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  let stopping: Promise<void> | undefined;
  return {
    app,
    store,
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    stop: () => {
      stopping ??= (async () => {
        try {
          await app.close();
          await queue.stop();
        } finally {
          await store.close();
        }
      })();
      return stopping;
    },
  };
}
