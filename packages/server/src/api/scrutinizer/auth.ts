import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticate } from '../../auth/index.js';
import type { Principal } from '../../domain/index.js';
import type { Executor } from '../../store/index.js';

/** A caller of this surface: always a user, since Scrutinizer authenticates with user access tokens. */
export interface Caller {
  principal: Principal;
  user: NonNullable<Principal['user']>;
}

const callers = new WeakMap<FastifyRequest, Caller>();

/** Refuses, with 401 `{message}`, any request without a valid user access token (`?access_token=`). */
export function requireUserToken(app: FastifyInstance, db: Executor): void {
  app.addHook('onRequest', async (request, reply) => {
    const result = await authenticate(db, request);
    if (result.outcome === 'missing')
      return reply.status(401).send({ message: 'authentication required: append ?access_token=<your access token>' });
    if (result.outcome === 'invalid')
      return reply.status(401).send({ message: 'the access token is invalid, expired or revoked' });
    const { principal } = result;
    if (!principal.user) return reply.status(401).send({ message: 'this API takes a user access token' });
    callers.set(request, { principal, user: principal.user });
  });
}

export function callerOf(request: FastifyRequest): Caller {
  const caller = callers.get(request);
  if (!caller) throw new Error('callerOf() on a route outside requireUserToken');
  return caller;
}
