import { purgeDeliveries } from '../domain/webhooks/index.js';
import { WEBHOOK_QUEUE, type Queue, type WebhookJob } from './queue.js';
import { deliverWebhook, type DeliveryContext } from './webhook-delivery.js';

/** Deliveries in flight at once per process: a receiver that hangs holds one of them, never the others. */
const DEFAULT_CONCURRENCY = 8;
const DISPATCH_INTERVAL_MS = 1000;
/** How long the deliveries list keeps a finished delivery. */
const DELIVERY_RETENTION_MS = 30 * 86_400_000;
const PURGE_INTERVAL_MS = 3_600_000;

export interface WebhookDeliveries {
  stop(): Promise<void>;
}

/**
 * Posts webhook deliveries from the queue, each on its own, and every second hands newly recorded events to the
 * queue (those of a canceled inspection, and any a crash left behind); hourly, forgets deliveries past 30 days.
 */
export async function startWebhookDeliveries(
  context: Omit<DeliveryContext, 'limits'>,
  queue: Queue,
  options: { concurrency?: number; pollingIntervalSeconds?: number } = {},
): Promise<WebhookDeliveries> {
  const deliveryContext: DeliveryContext = { ...context, limits: queue.webhookLimits };
  const ids: string[] = [];
  for (let index = 0; index < (options.concurrency ?? DEFAULT_CONCURRENCY); index += 1) {
    const id = await queue.boss.work<WebhookJob>(
      WEBHOOK_QUEUE,
      { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 },
      async ([job]) => {
        if (!job) return;
        await deliverWebhook(
          deliveryContext,
          job.data.deliveryId,
          job.retryCount + 1,
          job.retryCount >= job.retryLimit,
        );
      },
    );
    ids.push(id);
    queue.localWebhookWorkers.add(id);
  }
  let purgedAt = -Infinity;
  const tick = async () => {
    await queue.dispatchWebhooks();
    if (Date.now() - purgedAt < PURGE_INTERVAL_MS) return;
    purgedAt = Date.now();
    await purgeDeliveries(context.store.db, new Date(Date.now() - DELIVERY_RETENTION_MS)).catch(() => 0);
  };
  let dispatching: Promise<void> = Promise.resolve();
  const dispatcher = setInterval(() => {
    dispatching = dispatching.then(tick);
  }, DISPATCH_INTERVAL_MS);
  await tick();
  let stopping: Promise<void> | undefined;
  return {
    stop: () =>
      (stopping ??= (async () => {
        clearInterval(dispatcher);
        await dispatching;
        for (const id of ids) {
          queue.localWebhookWorkers.delete(id);
          await queue.boss.offWork({ id }).catch(() => undefined);
        }
      })()),
  };
}
