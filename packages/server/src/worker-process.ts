import { loadSecretKey, sealedBox } from './crypto/sealed-box.js';
import { analysisLimits } from './jobs/limits.js';
import { openQueue } from './jobs/queue.js';
import { startReportWorker } from './jobs/report-worker.js';
import { startWebhookDeliveries } from './jobs/webhook-worker.js';
import { startWorker } from './jobs/worker.js';
import { openStore, type StoreOptions } from './store/index.js';
import { inspectionPayload } from './webhook-payload.js';

export interface WorkerProcessOptions {
  store: StoreOptions;
  /** Mirrors, checkouts' parent and (without PLUMB_SECRET_KEY) the secret key file. */
  dataDir: string;
  concurrency: number;
  /** One line per analysis outcome. */
  report?: (line: string) => void;
}

/** `plumb worker`: analyses from the queue, `concurrency` at a time, webhook deliveries and reports, until stopped. */
export async function startWorkerProcess(options: WorkerProcessOptions): Promise<{ stop(): Promise<void> }> {
  const store = await openStore(options.store);
  try {
    const limits = analysisLimits();
    const queue = await openQueue(store, { expireInSeconds: limits.expireInSeconds, schedule: true });
    const secrets = sealedBox(await loadSecretKey(options.dataDir));
    const worker = await startWorker(
      { store, secrets, dataDir: options.dataDir, limits, ...(options.report ? { report: options.report } : {}) },
      queue,
      { concurrency: options.concurrency },
    );
    const deliveries = await startWebhookDeliveries({ store, secrets, payload: inspectionPayload }, queue);
    const reports = await startReportWorker(
      { store, secrets, dataDir: options.dataDir, ...(options.report ? { report: options.report } : {}) },
      queue,
    );
    let stopping: Promise<void> | undefined;
    return {
      stop: () =>
        (stopping ??= (async () => {
          try {
            await worker.stop();
            await deliveries.stop();
            await reports.stop();
            await queue.stop();
          } finally {
            await store.close();
          }
        })()),
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
