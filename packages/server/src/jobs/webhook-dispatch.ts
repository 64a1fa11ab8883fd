import type PgBoss from 'pg-boss';
import { markDispatched, undispatchedDeliveries } from '../domain/webhooks/index.js';
import type { Executor } from '../store/index.js';

/** The pg-boss queue of webhook deliveries: one job per event and hook, retried by pg-boss with backoff. */
export const WEBHOOK_QUEUE = 'plumb-webhook';

export interface WebhookJob {
  deliveryId: number;
}

const BATCH = 100;

/**
 * Hands recorded webhook events to the queue, one job each, named by the delivery's uuid: two processes handing over
 * the same event, or one handing it over again after a crash, make one job. Answers how many were handed over.
 */
export async function dispatchDeliveries(db: Executor, boss: PgBoss): Promise<number> {
  let sent = 0;
  for (;;) {
    const batch = await undispatchedDeliveries(db, BATCH);
    for (const delivery of batch)
      await boss.send(WEBHOOK_QUEUE, { deliveryId: delivery.id } satisfies WebhookJob, { id: delivery.uuid });
    await markDispatched(
      db,
      batch.map((delivery) => delivery.id),
    );
    sent += batch.length;
    if (batch.length < BATCH) return sent;
  }
}
