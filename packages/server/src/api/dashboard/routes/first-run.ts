import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { createFirstOrganization, isFirstRun } from '../../../domain/sessions/index.js';
import type { Store } from '../../../store/index.js';
import { registerInputGuard } from '../../input-guard.js';
import { ERROR_RESPONSES, FirstRunRequest, FirstRunStatus, SessionResponse } from '../schemas.js';
import { openSession } from '../session-view.js';

/** GET and POST /first-run: the first organization and its owner, while the store holds none. */
export async function firstRunRoutes(
  parent: FastifyInstance,
  { store, sessionKey }: { store: Store; sessionKey: Buffer },
): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  registerInputGuard(app);
  app.get(
    '/first-run',
    {
      schema: {
        tags: ['dashboard'],
        operationId: 'dashboardFirstRunStatus',
        summary: 'Whether Plumb is still to be set up (no organization yet)',
        response: { 200: FirstRunStatus, ...ERROR_RESPONSES },
      },
    },
    async () => ({ firstRun: await isFirstRun(store.db) }),
  );
  app.post(
    '/first-run',
    {
      schema: {
        tags: ['dashboard'],
        operationId: 'dashboardFirstRun',
        summary: 'Create the first organization and its owner, and sign the owner in; 409 once any organization exists',
        body: FirstRunRequest,
        response: { 201: SessionResponse, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const issued = await createFirstOrganization(store.db, request.body, sessionKey);
      const view = await openSession(store.db, request, reply, issued, sessionKey);
      return reply.status(201).send(view);
    },
  );
}
