import { createHmac } from 'node:crypto';
import type { SealedBox } from '../crypto/sealed-box.js';
import type { Inspection } from '../domain/analyses/index.js';
import type { Repository } from '../domain/projects/index.js';
import { deliveryToSend, recordAttempt } from '../domain/webhooks/index.js';
import type { Store } from '../store/index.js';
import type { WebhookLimits } from './limits.js';

/** The body of an event: the Inspection as the Scrutinizer surface serves it (wired in by the process that runs us). */
export type InspectionPayload = (repository: Repository, inspection: Inspection) => unknown;

export interface DeliveryContext {
  store: Store;
  secrets: SealedBox;
  limits: WebhookLimits;
  payload: InspectionPayload;
}

/** X-Scrutinizer-Signature: hex HMAC-SHA1, keyed with the hook's secret, of the event name then the body. */
export function webhookSignature(secret: string, event: string, body: Buffer): string {
  return createHmac('sha1', secret).update(event, 'utf8').update(body).digest('hex');
}

/** Thrown to have pg-boss retry the delivery later (network error or 5xx). */
export class RetryDelivery extends Error {
  override name = 'RetryDelivery';
}

interface Answer {
  statusCode: number | null;
  error: string | null;
}

/** Posts once, following no redirect, cut off at the timeout; the answer's body is never read. */
async function post(url: string, headers: Record<string, string>, body: Buffer, timeoutMs: number): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel().catch(() => undefined);
    const status = response.status;
    if (status >= 200 && status < 300) return { statusCode: status, error: null };
    if (status >= 300 && status < 400)
      return { statusCode: status, error: 'answered a redirect, which is not followed' };
    return { statusCode: status, error: `answered ${status}` };
  } catch (error) {
    return { statusCode: null, error: networkError(error, timeoutMs) };
  }
}

/** A failure in words, without the URL or any header. */
function networkError(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ? `could not connect (${cause.code})` : 'could not connect';
}

/**
 * Makes attempt `attempt` (1 for the first) at one delivery and records it: 2xx delivers it; a 3xx or 4xx fails it
 * for good; a network error or a 5xx throws RetryDelivery unless it was the last attempt. A delivery whose hook was
 * deleted, or that is no longer queued, is left alone.
 */
export async function deliverWebhook(
  context: DeliveryContext,
  deliveryId: number,
  attempt: number,
  isLast: boolean,
): Promise<void> {
  const { db } = context.store;
  const delivery = await deliveryToSend(db, deliveryId);
  if (!delivery || delivery.state !== 'queued') return;
  const body = Buffer.from(JSON.stringify(context.payload(delivery.repository, delivery.inspection)), 'utf8');
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Plumb-Webhooks',
    'x-scrutinizer-event': delivery.event,
    'x-scrutinizer-signature': webhookSignature(context.secrets.open(delivery.secretSealed), delivery.event, body),
  };
  const started = performance.now();
  const answer = await post(delivery.url, headers, body, context.limits.timeoutMs);
  const durationMs = Math.round(performance.now() - started);
  const retryable = answer.statusCode === null || answer.statusCode >= 500;
  const state = answer.error === null ? 'delivered' : retryable && !isLast ? 'queued' : 'failed';
  await recordAttempt(db, deliveryId, {
    attempt,
    statusCode: answer.statusCode,
    durationMs,
    error: answer.error,
    state,
  });
  if (state === 'queued') throw new RetryDelivery(`attempt ${attempt}: ${answer.error}`);
}
