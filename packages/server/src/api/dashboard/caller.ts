import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Principal } from '../../domain/access/index.js';
import type { Store } from '../../store/index.js';
import { callerSlot } from '../caller.js';
import { SurfaceError } from '../errors.js';
import { cookieSession, DASHBOARD_HEADER } from '../session-cookie.js';

const caller = callerSlot<Principal>('the dashboard session hook');
export const principalOf = caller.of;

export const dashboardRefusal = (status: number, message: string) => new SurfaceError(status, { message });

/**
 * Every change through this surface carries the dashboard's header: a cross-site form can neither send it nor
 * read the answer, so no other site signs a browser in or out.
 */
export function requireDashboardHeader(app: FastifyInstance): void {
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.headers[DASHBOARD_HEADER] === undefined)
      throw dashboardRefusal(403, `${DASHBOARD_HEADER}: the dashboard's header is required on this request`);
  });
}

/** The routes after it take the session cookie; else 401 with the dashboard's `{message}`. */
export function registerSessionCaller(app: FastifyInstance, store: Store, sessionKey: Buffer): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    if (request.is404) return;
    const session = await cookieSession(store.db, request, sessionKey);
    if (session.outcome === 'missing')
      throw dashboardRefusal(401, 'Not signed in: sign in with your email and password');
    if (session.outcome === 'invalid') throw dashboardRefusal(401, 'Your session has ended: sign in again');
    caller.set(request, session.principal);
  });
}
