import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import {
  createWebhook,
  deleteWebhook,
  listWebhookDeliveries,
  listWebhooks,
  WEBHOOK_EVENTS,
  type DeliveryAttempt,
  type Webhook,
} from '../../../domain/webhooks/index.js';
import type { SurfaceOptions } from '../../surface.js';
import { callerOf } from '../caller.js';
import { halPage, pageWindow } from '../hal.js';
import { identityOf, repositoryHref, repositoryPathForms, uuidOf } from '../paths.js';
import { AuthQuery, halPageSchema, Link, PageQuery, routeSchema } from '../schemas.js';
import { scrutinizerDate } from '../views.js';

const WebhookSchema = Type.Object({
  uuid: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String(), { description: 'The events posted to the hook.' }),
  all_events: Type.Boolean({ description: 'True when the hook takes every event, those added later included.' }),
  created_at: Type.String(),
  _links: Type.Object({ self: Link, deliveries: Link }),
});

const CreatedWebhookSchema = Type.Object({
  ...WebhookSchema.properties,
  secret: Type.String({ description: 'The signing secret: shown in this answer only.' }),
});

const DeliverySchema = Type.Object({
  uuid: Type.String({ description: "The delivery's uuid: one per event and hook, the same for each attempt." }),
  event: Type.String(),
  inspection_uuid: Type.String(),
  state: Type.String({ description: 'queued (another attempt will come), delivered or failed.' }),
  attempt: Type.Integer({ description: '1 for the first attempt.' }),
  status_code: Type.Union([Type.Integer(), Type.Null()], { description: 'null when no answer came.' }),
  duration_ms: Type.Integer(),
  error: Type.Union([Type.String(), Type.Null()]),
  delivered_at: Type.String({ description: 'When the attempt was made.' }),
});

const CreateWebhookBody = Type.Object({
  url: Type.String({ minLength: 1, description: 'Required. The http:// or https:// URL posted to.' }),
  events: Type.Optional(
    Type.Array(Type.String(), { description: `Among ${WEBHOOK_EVENTS.join(', ')}; every event when left out.` }),
  ),
});
type CreateWebhookBody = Static<typeof CreateWebhookBody>;

const uuidParam = { uuid: Type.String({ minLength: 1, description: "The hook's uuid" }) };

const ADMINS_ONLY =
  "Needs OWNER or ADMIN in the repository's organization, a team's admin access to it, or the repository as one's own.";

const webhookJson = (hooksPath: string) => (webhook: Webhook) => ({
  uuid: webhook.uuid,
  url: webhook.url,
  events: [...(webhook.events ?? WEBHOOK_EVENTS)],
  all_events: webhook.events === null,
  created_at: scrutinizerDate(webhook.createdAt),
  _links: {
    self: { href: `${hooksPath}/${webhook.uuid}` },
    deliveries: { href: `${hooksPath}/${webhook.uuid}/deliveries` },
  },
});

const deliveryJson = (attempt: DeliveryAttempt) => ({
  uuid: attempt.deliveryUuid,
  event: attempt.event,
  inspection_uuid: attempt.inspectionUuid,
  state: attempt.state,
  attempt: attempt.attempt,
  status_code: attempt.statusCode,
  duration_ms: attempt.durationMs,
  error: attempt.error,
  delivered_at: scrutinizerDate(attempt.attemptedAt),
});

/** Plumb's own management of a repository's webhooks (Scrutinizer's "Service Hooks" page), in the surface's style. */
export async function webhookRoutes(parent: FastifyInstance, deps: SurfaceOptions): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const db = deps.store.db;
  for (const form of repositoryPathForms('slug')) {
    const base = `/repositories/${form.path}/hooks`;
    const repositoryParams = Type.Object(form.params);
    const hookParams = Type.Object({ ...form.params, ...uuidParam });

    app.get(
      base,
      {
        schema: routeSchema({
          summary: `List a repository's webhooks (${form.provider}; a Plumb extension)`,
          description: `Newest first; never their secrets. ${ADMINS_ONLY}`,
          params: repositoryParams,
          querystring: PageQuery,
          response: { 200: halPageSchema('hooks', WebhookSchema) },
        }),
      },
      async (request) => {
        const window = pageWindow(request.query as PageQuery);
        const { repository, page } = await listWebhooks(db, callerOf(request), identityOf(form, request), {
          limit: window.limit,
          offset: window.offset ?? 0,
        });
        const path = `${repositoryHref(repository)}/hooks`;
        return halPage(path, 'hooks', window, page, webhookJson(path));
      },
    );

    app.post(
      base,
      {
        schema: routeSchema({
          summary: `Add a webhook (${form.provider}; a Plumb extension)`,
          description:
            '201 with a `Location` header and the hook, its signing `secret` included: the only answer that shows ' +
            `it. \`events\` left out subscribes to every event, those added later included. ${ADMINS_ONLY}`,
          params: repositoryParams,
          querystring: AuthQuery,
          body: CreateWebhookBody,
          response: { 201: CreatedWebhookSchema },
        }),
      },
      async (request, reply) => {
        const body = request.body as CreateWebhookBody;
        const { repository, webhook, secret } = await createWebhook(
          db,
          deps.secrets,
          callerOf(request),
          identityOf(form, request),
          { url: body.url, ...(body.events === undefined ? {} : { events: body.events }) },
        );
        const json = webhookJson(`${repositoryHref(repository)}/hooks`)(webhook);
        return reply
          .status(201)
          .header('location', json._links.self.href)
          .send({ ...json, secret });
      },
    );

    app.delete(
      `${base}/:uuid`,
      {
        schema: routeSchema({
          summary: `Delete a webhook (${form.provider}; a Plumb extension)`,
          description: `Removes the hook with its queued deliveries and their history. ${ADMINS_ONLY}`,
          params: hookParams,
          querystring: AuthQuery,
          response: { 200: Type.Object({}) },
        }),
      },
      async (request) => {
        await deleteWebhook(db, callerOf(request), identityOf(form, request), uuidOf(request));
        return {};
      },
    );

    app.get(
      `${base}/:uuid/deliveries`,
      {
        schema: routeSchema({
          summary: `A webhook's recent deliveries (${form.provider}; a Plumb extension)`,
          description: `Each attempt at delivering an event, most recent first. ${ADMINS_ONLY}`,
          params: hookParams,
          querystring: PageQuery,
          response: { 200: halPageSchema('deliveries', DeliverySchema) },
        }),
      },
      async (request) => {
        const window = pageWindow(request.query as PageQuery);
        const { repository, webhook, page } = await listWebhookDeliveries(
          db,
          callerOf(request),
          identityOf(form, request),
          uuidOf(request),
          { limit: window.limit, offset: window.offset ?? 0 },
        );
        const path = `${repositoryHref(repository)}/hooks/${webhook.uuid}/deliveries`;
        return halPage(path, 'deliveries', window, page, deliveryJson);
      },
    );
  }
}
