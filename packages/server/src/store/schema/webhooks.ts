import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { analyses } from './analyses.js';
import { createdAt, id, oneOf, publicUuid, ref } from './columns.js';
import { projects } from './projects.js';
import { users } from './users.js';

/** Scrutinizer's webhook events, one per way an inspection begins or ends. */
export const WEBHOOK_EVENTS = [
  'inspection.created',
  'inspection.completed',
  'inspection.canceled',
  'inspection.failed',
] as const;

/** queued: waiting for (another) attempt; delivered: a 2xx answer; failed: refused (3xx, 4xx) or out of retries. */
export const DELIVERY_STATES = ['queued', 'delivered', 'failed'] as const;

/** A repository's webhook: where its inspection events are posted, signed with its secret. */
export const webhooks = pgTable(
  'webhooks',
  {
    id: id(),
    uuid: publicUuid(),
    projectId: ref('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    /** The signing secret, sealed (AES-256-GCM, crypto/sealed-box.ts): shown once when the hook is created. */
    secretSealed: text('secret_sealed').notNull(),
    /** The events the hook subscribed to; null for every event, those added later included. */
    events: text('events').array(),
    createdByUserId: ref('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('webhooks_project_idx').on(table.projectId)],
);

/**
 * One event to post to one hook: written in the transaction that changes the inspection's state (an outbox), then
 * handed to the queue. `inspection` is the analysis row as it was at the event, so a late delivery still says what
 * happened then.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    uuid: publicUuid(),
    webhookId: ref('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    analysisId: ref('analysis_id')
      .notNull()
      .references(() => analyses.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    inspection: jsonb('inspection').notNull(),
    state: text('state', { enum: DELIVERY_STATES }).notNull().default('queued'),
    createdAt: createdAt(),
    /** When a queue job was made for it; null rows are what the dispatcher hands to the queue. */
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
  },
  (table) => [
    check('webhook_deliveries_state_check', oneOf('state', DELIVERY_STATES)),
    index('webhook_deliveries_webhook_idx').on(table.webhookId, table.id),
    index('webhook_deliveries_analysis_idx').on(table.analysisId),
    index('webhook_deliveries_undispatched_idx')
      .on(table.id)
      .where(sql`dispatched_at is null`),
  ],
);

/** One attempt at a delivery: what the receiver answered (or why nothing came back) and how long it took. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: id(),
    deliveryId: ref('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    /** The HTTP status answered; null when none came (timeout, refused connection). */
    statusCode: integer('status_code'),
    durationMs: integer('duration_ms').notNull(),
    /** Why the attempt failed, in words; never the secret or the signature. */
    error: text('error'),
    createdAt: createdAt(),
  },
  (table) => [index('webhook_attempts_delivery_idx').on(table.deliveryId, table.attempt)],
);
