import type { FastifyInstance } from 'fastify';
import { PLUMB_ENVELOPE, registerErrorEnvelope } from '../errors.js';
import { sessionKeyOf } from '../session-key.js';
import type { Surface, SurfaceOptions } from '../surface.js';
import { requireDashboardHeader } from './caller.js';
import { firstRunRoutes } from './routes/first-run.js';
import { sessionRoutes, signInRoutes } from './routes/session.js';

/**
 * Plumb's own endpoints for its dashboard (docs/dashboard.md): the first run, and the browser's session as an
 * httpOnly cookie. The dashboard reads everything else from the GraphQL API.
 */
export const dashboard: Surface = {
  prefix: '/api/dashboard',
  async plugin(app: FastifyInstance, { store, secrets }: SurfaceOptions) {
    const sessionKey = sessionKeyOf(secrets);
    registerErrorEnvelope(app, PLUMB_ENVELOPE);
    requireDashboardHeader(app);
    await app.register(firstRunRoutes, { store, sessionKey });
    await app.register(signInRoutes, { store, sessionKey });
    await app.register(sessionRoutes, { store, sessionKey });
  },
  undecodableUrlBody: (message) => ({ message }),
};
