import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Store } from '../../../store/index.js';

const Health = Type.Object({
  status: Type.String({ description: '`ok`, or `unavailable` with 503 when the store cannot be reached' }),
  database: Type.String({ description: '`ok` or `unreachable`' }),
});

/** GET /health: the process answers and its store is reachable; no credential. */
export async function healthRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '',
    {
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxHealth',
        summary: 'Health: the server answers and reaches its store',
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      try {
        await store.ping();
        return { status: 'ok', database: 'ok' };
      } catch {
        return reply.status(503).send({ status: 'unavailable', database: 'unreachable' });
      }
    },
  );
}
