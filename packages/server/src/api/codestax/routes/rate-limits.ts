import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { OrganizationAccess } from '../../../domain/access/index.js';
import { hourlyLimitOf, saveHourlyLimit, type HourlyLimit } from '../../../domain/rate-limits/index.js';
import type { Store } from '../../../store/index.js';
import { callerOf, organizationAccessOf } from '../caller.js';
import { forgetHourlyLimit, TRIGGERS_PER_MINUTE } from '../rate-limit.js';
import { ERROR_RESPONSES, OrganizationHeaders, RateLimitRequest, RateLimitSettings, SECURITY } from '../schemas.js';

const settingsView = (access: OrganizationAccess, limit: HourlyLimit) => ({
  org_id: access.organization.id,
  hourly_limit: limit.hourlyLimit,
  configured: limit.configured,
  trigger_limit_per_minute: TRIGGERS_PER_MINUTE,
});

/** GET and PUT /auth/rate-limits: the organization's request limit per credential and hour. */
export async function rateLimitRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const preHandler = organizationAccessOf(store);

  app.get(
    '/rate-limits',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxGetRateLimits',
        summary: "The organization's limit of requests per credential and hour (default 1,000); any member",
        security: SECURITY,
        headers: OrganizationHeaders,
        response: { 200: RateLimitSettings, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const access = callerOf(request);
      return settingsView(access, await hourlyLimitOf(store.db, access.organization.id));
    },
  );

  app.put(
    '/rate-limits',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxPutRateLimits',
        summary: "Set the organization's limit of requests per credential and hour; null for the default",
        description: 'OWNER or ADMIN; anyone else gets 403. Counts already made this hour stand.',
        security: SECURITY,
        headers: OrganizationHeaders,
        body: RateLimitRequest,
        response: { 200: RateLimitSettings, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const access = callerOf(request);
      const saved = await saveHourlyLimit(store.db, access, request.body.hourly_limit);
      forgetHourlyLimit(store, access.organization.id);
      return settingsView(access, saved);
    },
  );
}
