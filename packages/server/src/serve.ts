import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app.js';
import { loadSecretKey, sealedBox } from './crypto/sealed-box.js';
import { unsafeRepositories } from './domain/provisioning.js';
import { analysisLimits } from './jobs/limits.js';
import { lazyQueue } from './jobs/queue.js';
import { syncReportSchedules } from './jobs/report-schedule.js';
import { startReportWorker, type ReportWorker } from './jobs/report-worker.js';
import { startWebhookDeliveries, type WebhookDeliveries } from './jobs/webhook-worker.js';
import { startWorker, type Worker } from './jobs/worker.js';
import { openStore, type Store, type StoreOptions } from './store/index.js';
import { inspectionPayload } from './webhook-payload.js';

export interface ServeOptions {
  port: number;
  host: string;
  store: StoreOptions;
  /** Where the secret key file lives when PLUMB_SECRET_KEY is not set. */
  dataDir: string;
  /** Fastify's logger options; its default (info, to stdout) when absent. */
  logger?: AppOptions['logger'];
  /** Analyses run in this process, this many at a time; 0 leaves them to `plumb worker` processes. */
  workers?: number;
  /** The built dashboard to serve at `/` (packages/web/dist). */
  webRoot?: string;
}

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  url: string;
  /**
   * Stops accepting requests, lets in-flight ones finish, hands running analyses back to the queue, then closes the
   * store. Safe to call twice.
   */
  stop(): Promise<void>;
}

/**
 * One warning line for each stored repository that today's rules refuse (added before them, or since
 * PLUMB_LOCAL_GIT_ROOTS changed): the analysis will refuse to fetch it until its git URL or name is fixed.
 */
async function warnAboutUnsafeRepositories(app: FastifyInstance, store: Store): Promise<void> {
  for (const repository of await unsafeRepositories(store.db)) {
    app.log.warn(
      { project: repository.uuid, repository: repository.qualifiedName, reason: repository.reason },
      `repository ${repository.uuid} (${JSON.stringify(repository.qualifiedName)}) is refused by the rules for ` +
        `repositories and will not be fetched: ${repository.reason}`,
    );
  }
}

/** Opens the store (applying migrations), builds the app and listens. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const store = await openStore(options.store);
  const limits = analysisLimits();
  const runsWorkers = (options.workers ?? 1) > 0;
  const queue = lazyQueue(store, { expireInSeconds: limits.expireInSeconds, schedule: runsWorkers });
  let app: FastifyInstance;
  let worker: Worker | undefined;
  let deliveries: WebhookDeliveries | undefined;
  let reportWorker: ReportWorker | undefined;
  // Without a worker here, the schedules are changed directly; the workers' minute sync starts working them.
  const reports = {
    reschedule: async () =>
      reportWorker
        ? reportWorker.reschedule()
        : void (await syncReportSchedules(store.db, (await queue.opened()).boss)),
  };
  try {
    const secrets = sealedBox(await loadSecretKey(options.dataDir));
    app = await buildApp({
      store,
      secrets,
      queue,
      dataDir: options.dataDir,
      reports,
      ...(options.webRoot === undefined ? {} : { webRoot: options.webRoot }),
      ...(options.logger === undefined ? {} : { logger: options.logger }),
    });
    await warnAboutUnsafeRepositories(app, store);
    if (runsWorkers) {
      const log = app.log;
      worker = await startWorker(
        { store, secrets, dataDir: options.dataDir, limits, report: (line) => log.info(line) },
        await queue.opened(),
        { concurrency: options.workers ?? 1 },
      );
      deliveries = await startWebhookDeliveries({ store, secrets, payload: inspectionPayload }, await queue.opened());
      reportWorker = await startReportWorker(
        { store, secrets, dataDir: options.dataDir, report: (line) => log.info(line) },
        await queue.opened(),
      );
    }
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await reportWorker?.stop();
    await deliveries?.stop();
    await worker?.stop();
    await queue.stop();
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
          await worker?.stop();
          await deliveries?.stop();
          await reportWorker?.stop();
          await queue.stop();
        } finally {
          await store.close();
        }
      })();
      return stopping;
    },
  };
}
