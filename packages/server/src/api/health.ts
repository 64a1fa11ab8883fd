import type { FastifyInstance } from 'fastify';
import { pendingMigrations, type Store } from '../store/index.js';

/** Liveness (`/healthz`: the process answers) and readiness (`/readyz`: store reachable, migrations applied). */
export async function healthRoutes(app: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const status = {
    type: 'object',
    properties: {
      status: { type: 'string' },
      store: { type: 'string' },
      pendingMigrations: { type: 'array', items: { type: 'string' } },
      message: { type: 'string' },
    },
  } as const;
  app.get('/healthz', { schema: { tags: ['health'], summary: 'Liveness', response: { 200: status } } }, async () => ({
    status: 'ok',
  }));
  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'Readiness: store reachable and migrations applied',
        response: { 200: status, 503: status },
      },
    },
    async (_request, reply) => {
      try {
        await store.ping();
        const pending = await pendingMigrations(store.db);
        if (pending.length > 0)
          return reply.status(503).send({ status: 'unavailable', store: store.driver, pendingMigrations: pending });
        return { status: 'ready', store: store.driver, pendingMigrations: [] };
      } catch (error) {
        return reply.status(503).send({
          status: 'unavailable',
          store: store.driver,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    },
  );
}
