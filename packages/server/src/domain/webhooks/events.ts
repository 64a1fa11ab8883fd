import { eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { Analysis } from '../analyses/analyses.js';

const { webhooks, webhookDeliveries } = schema;

export type WebhookEvent = (typeof schema.WEBHOOK_EVENTS)[number];
export const WEBHOOK_EVENTS: readonly WebhookEvent[] = schema.WEBHOOK_EVENTS;

/**
 * Queues the event for every hook of the analysis's repository that subscribed to it. Called with the transaction
 * that changed the analysis's state, so an event is kept exactly when its change is; the analysis as it is now
 * travels with it, so a delivery made later still says what happened then.
 */
export async function recordInspectionEvent(tx: Executor, analysis: Analysis, event: WebhookEvent): Promise<void> {
  const hooks = await tx
    .select({ id: webhooks.id, events: webhooks.events })
    .from(webhooks)
    .where(eq(webhooks.projectId, analysis.projectId));
  const subscribed = hooks.filter((hook) => hook.events === null || hook.events.includes(event));
  if (subscribed.length === 0) return;
  await tx
    .insert(webhookDeliveries)
    .values(subscribed.map((hook) => ({ webhookId: hook.id, analysisId: analysis.id, event, inspection: analysis })));
}

const DATE_FIELDS = ['createdAt', 'startedAt', 'finishedAt', 'heartbeatAt'] as const;

/** The analysis kept with an event, as it was (its dates were written as JSON strings). */
export function analysisAtEvent(kept: unknown): Analysis {
  const analysis = { ...(kept as Record<string, unknown>) };
  for (const field of DATE_FIELDS) {
    const value = analysis[field];
    analysis[field] = typeof value === 'string' ? new Date(value) : null;
  }
  return analysis as unknown as Analysis;
}
