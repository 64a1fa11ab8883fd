import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { markFalsePositive } from '../../../domain/analyses/index.js';
import type { Store } from '../../../store/index.js';
import { callerOf, organizationAccessOf } from '../caller.js';
import { MarkedFalsePositive, MarkFalsePositiveRequest } from '../gate-schemas.js';
import { ERROR_RESPONSES, OrganizationHeaders, SECURITY } from '../schemas.js';

/** POST /quality/findings/mark-fp: an issue marked a false positive (or not), through every later scan. */
export async function findingRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/findings/mark-fp',
    {
      preHandler: organizationAccessOf(store),
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxMarkFalsePositive',
        summary: 'Mark an issue a false positive (is_fp: true, with a reason) or open it again (is_fp: false)',
        description:
          "OWNER, ADMIN or EDITOR. `issue_id` is a scan issue's `id` or its `issue_id` (uuid); the mark holds in " +
          'every later scan, keeps the issue out of the gate and of open-issue counts.',
        security: SECURITY,
        headers: OrganizationHeaders,
        body: MarkFalsePositiveRequest,
        response: { 200: MarkedFalsePositive, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { issue_id, is_fp, reason } = request.body;
      const issue = await markFalsePositive(
        store.db,
        callerOf(request),
        typeof issue_id === 'number' ? { findingId: issue_id } : { issueUuid: issue_id },
        { isFalsePositive: is_fp, ...(reason === undefined ? {} : { reason }) },
      );
      return {
        issue_id,
        user_marked_fp: issue.status === 'false_positive',
        fp_marked_at: issue.resolvedAt?.toISOString() ?? null,
        fp_reason: issue.resolutionReason,
      };
    },
  );
}
