export { recordInspectionEvent, WEBHOOK_EVENTS, type WebhookEvent } from './events.js';
export {
  createWebhook,
  deleteWebhook,
  listWebhookDeliveries,
  listWebhooks,
  requireEvents,
  requireHookUrl,
  type DeliveryAttempt,
  type NewWebhook,
  type Webhook,
} from './hooks.js';
export {
  deliveryToSend,
  markDispatched,
  purgeDeliveries,
  recordAttempt,
  undispatchedDeliveries,
  type AttemptOutcome,
  type DeliveryToSend,
} from './deliveries.js';
