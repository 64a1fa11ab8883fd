import { and, asc, eq, inArray, isNull, lt, ne } from 'drizzle-orm';
import { inTransaction, schema, type Executor } from '../../store/index.js';
import { inspectionOf, type Inspection } from '../analyses/inspections.js';
import type { Repository } from '../projects/index.js';
import { analysisAtEvent, type WebhookEvent } from './events.js';

const { webhooks, webhookDeliveries, webhookAttempts, projects, organizations } = schema;

/** Events recorded but not handed to the queue yet, oldest first. */
export async function undispatchedDeliveries(db: Executor, limit: number): Promise<{ id: number; uuid: string }[]> {
  return db
    .select({ id: webhookDeliveries.id, uuid: webhookDeliveries.uuid })
    .from(webhookDeliveries)
    .where(isNull(webhookDeliveries.dispatchedAt))
    .orderBy(asc(webhookDeliveries.id))
    .limit(limit);
}

export async function markDispatched(db: Executor, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(webhookDeliveries)
    .set({ dispatchedAt: new Date() })
    .where(inArray(webhookDeliveries.id, [...ids]));
}

/** What a delivery job needs: where to post, the sealed secret, the event, and the inspection as it was then. */
export interface DeliveryToSend {
  id: number;
  event: WebhookEvent;
  state: (typeof schema.DELIVERY_STATES)[number];
  url: string;
  secretSealed: string;
  repository: Repository;
  inspection: Inspection;
}

/** The delivery, or undefined once its hook (or inspection) is gone. */
export async function deliveryToSend(db: Executor, id: number): Promise<DeliveryToSend | undefined> {
  const [row] = await db
    .select({
      delivery: webhookDeliveries,
      url: webhooks.url,
      secretSealed: webhooks.secretSealed,
      project: projects,
      organization: { slug: organizations.slug, name: organizations.name },
    })
    .from(webhookDeliveries)
    .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
    .innerJoin(projects, eq(projects.id, webhooks.projectId))
    .leftJoin(organizations, eq(organizations.id, projects.organizationId))
    .where(eq(webhookDeliveries.id, id));
  if (!row) return undefined;
  const analysis = analysisAtEvent(row.delivery.inspection);
  return {
    id,
    event: row.delivery.event as WebhookEvent,
    state: row.delivery.state,
    url: row.url,
    secretSealed: row.secretSealed,
    repository: { ...row.project, organization: row.organization },
    // Indices belong to the event only once it completed: an earlier event shows none, as the endpoint did then.
    inspection: analysis.state === 'completed' ? await inspectionOf(db, analysis) : { analysis },
  };
}

export interface AttemptOutcome {
  attempt: number;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  /** The delivery's state after this attempt. */
  state: (typeof schema.DELIVERY_STATES)[number];
}

/** Keeps one attempt and the delivery's state after it, together. */
export async function recordAttempt(db: Executor, deliveryId: number, outcome: AttemptOutcome): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.insert(webhookAttempts).values({
      deliveryId,
      attempt: outcome.attempt,
      statusCode: outcome.statusCode,
      durationMs: outcome.durationMs,
      error: outcome.error,
    });
    await tx.update(webhookDeliveries).set({ state: outcome.state }).where(eq(webhookDeliveries.id, deliveryId));
  });
}

/** Forgets finished deliveries (and their attempts) recorded before `before`; queued ones are kept. */
export async function purgeDeliveries(db: Executor, before: Date): Promise<number> {
  const purged = await db
    .delete(webhookDeliveries)
    .where(and(lt(webhookDeliveries.createdAt, before), ne(webhookDeliveries.state, 'queued')))
    .returning({ id: webhookDeliveries.id });
  return purged.length;
}
