import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { createWaiver, listWaivers, revokeWaiver, type Waiver } from '../../../domain/gates/index.js';
import type { Store } from '../../../store/index.js';
import { callerOf, organizationAccessOf } from '../caller.js';
import {
  RevokedWaiver,
  Waiver as WaiverSchema,
  WaiverList,
  WaiverParams,
  WaiverQuery,
  WaiverRequest,
} from '../gate-schemas.js';
import { ERROR_RESPONSES, OrganizationHeaders, SECURITY } from '../schemas.js';
import { iso } from '../views.js';

function waiverView(waiver: Waiver, now: Date) {
  return {
    id: waiver.id,
    rule: waiver.rule,
    reason: waiver.reason,
    repo_id: waiver.projectId,
    pr_number: waiver.pullRequest,
    created_by_user_id: waiver.createdByUserId,
    created_at: waiver.createdAt.toISOString(),
    expires_at: iso(waiver.expiresAt),
    revoked_at: iso(waiver.revokedAt),
    expired: waiver.expiresAt !== null && waiver.expiresAt <= now,
    revoked: waiver.revokedAt !== null,
  };
}

const ADMIN_ONLY = 'OWNER or ADMIN (CodeStax ORG_OWNER, ORG_ADMIN); anyone else gets 403.';

/** GET and POST /quality/gates/waivers, POST /quality/gates/waivers/:id/revoke. */
export async function waiverRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const preHandler = organizationAccessOf(store);

  app.get(
    '/gates/waivers',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxListWaivers',
        summary: "The organization's waivers, newest first; expired and revoked ones when asked; any member",
        security: SECURITY,
        headers: OrganizationHeaders,
        querystring: WaiverQuery,
        response: { 200: WaiverList, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const access = callerOf(request);
      const { include_expired = false, include_revoked = false, repo_id } = request.query;
      const waivers = await listWaivers(store.db, access, {
        includeExpired: include_expired,
        includeRevoked: include_revoked,
        ...(repo_id === undefined ? {} : { projectId: repo_id }),
      });
      const now = new Date();
      return { org_id: access.organization.id, waivers: waivers.map((waiver) => waiverView(waiver, now)) };
    },
  );

  app.post(
    '/gates/waivers',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxCreateWaiver',
        summary: 'Waive one policy rule for the organization, a repository, or a pull request of one',
        description: ADMIN_ONLY,
        security: SECURITY,
        headers: OrganizationHeaders,
        body: WaiverRequest,
        response: { 200: WaiverSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { rule, reason, repo_id, pr_number, expires_at } = request.body;
      const waiver = await createWaiver(store.db, callerOf(request), {
        rule,
        reason,
        projectId: repo_id,
        pullRequest: pr_number,
        expiresAt: expires_at,
      });
      return waiverView(waiver, new Date());
    },
  );

  app.post(
    '/gates/waivers/:id/revoke',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxRevokeWaiver',
        summary: 'Revoke a waiver: kept, no longer honoured from the next evaluation',
        description: ADMIN_ONLY,
        security: SECURITY,
        headers: OrganizationHeaders,
        params: WaiverParams,
        response: { 200: RevokedWaiver, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const waiver = await revokeWaiver(store.db, callerOf(request), request.params.id);
      return { id: waiver.id, revoked: true, revoked_at: waiver.revokedAt!.toISOString() };
    },
  );
}
