import { and, count, desc, eq } from 'drizzle-orm';
import { newSecret } from '../../crypto/random-secret.js';
import type { SealedBox } from '../../crypto/sealed-box.js';
import { schema, type Executor } from '../../store/index.js';
import type { PersonalAccess } from '../access/index.js';
import { writableRepository } from '../analyses/inspections.js';
import { Invalid, NotFound } from '../errors.js';
import type { Page } from '../paging.js';
import type { Repository, RepositoryIdentity } from '../projects/index.js';
import { isUuid } from '../validate.js';
import { WEBHOOK_EVENTS, type WebhookEvent } from './events.js';

const { webhooks, webhookDeliveries, webhookAttempts } = schema;

/** A hook as its repository's admins see it: never its secret. */
export type Webhook = Omit<typeof webhooks.$inferSelect, 'secretSealed'>;

export interface NewWebhook {
  url: string;
  /** Left out: every event, those added later included. */
  events?: readonly string[];
}

/** Makes a leaked hook secret recognisable to secret scanners and to people. */
const SECRET_PREFIX = 'plumb_wh_';
const MAX_URL_LENGTH = 2000;

const visible = {
  id: webhooks.id,
  uuid: webhooks.uuid,
  projectId: webhooks.projectId,
  url: webhooks.url,
  events: webhooks.events,
  createdByUserId: webhooks.createdByUserId,
  createdAt: webhooks.createdAt,
};

/** An absolute http or https URL without a user name or password (they would show in every later listing). */
export function requireHookUrl(field: string, value: string): string {
  const expected = 'expected an absolute http:// or https:// URL without user name or password';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Invalid(field, expected);
  }
  if (value.length > MAX_URL_LENGTH || /\s/.test(value)) throw new Invalid(field, expected);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password)
    throw new Invalid(field, expected);
  return url.toString();
}

/** At least one of Scrutinizer's event names, each once. */
export function requireEvents(field: string, values: readonly string[]): WebhookEvent[] {
  if (values.length === 0) throw new Invalid(field, `expected at least one of ${WEBHOOK_EVENTS.join(', ')}`);
  for (const [index, value] of values.entries())
    if (!(WEBHOOK_EVENTS as readonly string[]).includes(value))
      throw new Invalid(`${field}[${index}]`, `expected one of ${WEBHOOK_EVENTS.join(', ')}`);
  return [...new Set(values as WebhookEvent[])];
}

/** The repository, when the user may manage its hooks (its admins); one they may only read is Forbidden. */
const managedRepository = (db: Executor, access: PersonalAccess, identity: RepositoryIdentity) =>
  writableRepository(db, access, identity, 'manageWebhooks');

/** The repository's hooks, newest first. */
export async function listWebhooks(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  page: { limit: number; offset: number },
): Promise<{ repository: Repository; page: Page<Webhook> }> {
  const repository = await managedRepository(db, access, identity);
  const where = eq(webhooks.projectId, repository.id);
  const items = await db
    .select(visible)
    .from(webhooks)
    .where(where)
    .orderBy(desc(webhooks.createdAt), desc(webhooks.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ total: count() }).from(webhooks).where(where);
  return { repository, page: { items, total: total?.total ?? 0 } };
}

/** Adds a hook with a fresh secret, kept sealed: the answer is the only time the secret is shown. */
export async function createWebhook(
  db: Executor,
  secrets: Pick<SealedBox, 'seal'>,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  input: NewWebhook,
): Promise<{ repository: Repository; webhook: Webhook; secret: string }> {
  const url = requireHookUrl('url', input.url);
  const events = input.events === undefined ? null : requireEvents('events', input.events);
  const repository = await managedRepository(db, access, identity);
  const secret = newSecret(SECRET_PREFIX);
  const [webhook] = await db
    .insert(webhooks)
    .values({
      projectId: repository.id,
      url,
      events,
      secretSealed: secrets.seal(secret),
      createdByUserId: access.user.id,
    })
    .returning(visible);
  return { repository, webhook: webhook!, secret };
}

async function findWebhook(db: Executor, repository: Repository, uuid: string): Promise<Webhook> {
  if (!isUuid(uuid)) throw new NotFound('webhook');
  const [row] = await db
    .select(visible)
    .from(webhooks)
    .where(and(eq(webhooks.projectId, repository.id), eq(webhooks.uuid, uuid.toLowerCase())));
  if (!row) throw new NotFound('webhook');
  return row;
}

/** Removes the hook, its queued deliveries and their history. */
export async function deleteWebhook(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  uuid: string,
): Promise<void> {
  const repository = await managedRepository(db, access, identity);
  const webhook = await findWebhook(db, repository, uuid);
  await db.delete(webhooks).where(eq(webhooks.id, webhook.id));
}

/** One attempt at delivering one event, as the hook's recent deliveries list it. */
export interface DeliveryAttempt {
  deliveryUuid: string;
  event: string;
  /** The uuid of the inspection the event was about. */
  inspectionUuid: string;
  state: (typeof schema.DELIVERY_STATES)[number];
  attempt: number;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  attemptedAt: Date;
}

/** The hook's delivery attempts, most recent first. */
export async function listWebhookDeliveries(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  uuid: string,
  page: { limit: number; offset: number },
): Promise<{ repository: Repository; webhook: Webhook; page: Page<DeliveryAttempt> }> {
  const repository = await managedRepository(db, access, identity);
  const webhook = await findWebhook(db, repository, uuid);
  const where = eq(webhookDeliveries.webhookId, webhook.id);
  const rows = await db
    .select({
      deliveryUuid: webhookDeliveries.uuid,
      event: webhookDeliveries.event,
      inspection: webhookDeliveries.inspection,
      state: webhookDeliveries.state,
      attempt: webhookAttempts.attempt,
      statusCode: webhookAttempts.statusCode,
      durationMs: webhookAttempts.durationMs,
      error: webhookAttempts.error,
      attemptedAt: webhookAttempts.createdAt,
    })
    .from(webhookAttempts)
    .innerJoin(webhookDeliveries, eq(webhookDeliveries.id, webhookAttempts.deliveryId))
    .where(where)
    .orderBy(desc(webhookAttempts.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db
    .select({ total: count() })
    .from(webhookAttempts)
    .innerJoin(webhookDeliveries, eq(webhookDeliveries.id, webhookAttempts.deliveryId))
    .where(where);
  const items = rows.map(({ inspection, ...row }) => ({
    ...row,
    inspectionUuid: (inspection as { uuid: string }).uuid,
  }));
  return { repository, webhook, page: { items, total: total?.total ?? 0 } };
}
