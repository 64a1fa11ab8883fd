import type { FastifyInstance } from 'fastify';
import { registerErrorEnvelope } from '../errors.js';
import { sessionKeyOf } from '../session-key.js';
import type { Surface, SurfaceOptions } from '../surface.js';
import { registerCodeStaxCaller } from './caller.js';
import { CODESTAX_ENVELOPE } from './errors.js';
import { apiKeyRoutes } from './routes/api-keys.js';
import { coverageRoutes } from './routes/coverage.js';
import { findingRoutes } from './routes/findings.js';
import { gateConfigRoutes } from './routes/gate-config.js';
import { gateStatusRoutes } from './routes/gate-status.js';
import { healthRoutes } from './routes/health.js';
import { rateLimitRoutes } from './routes/rate-limits.js';
import { insightRoutes } from './routes/insights.js';
import { scanRoutes } from './routes/scans.js';
import { loginRoutes, sessionRoutes } from './routes/sessions.js';
import { waiverRoutes } from './routes/waivers.js';

type Routes = (app: FastifyInstance, options: Pick<SurfaceOptions, 'store' | 'queue'>) => Promise<void>;

/** One CodeStax base path whose every route takes a credential. */
function authenticatedSurface(prefix: string, routes: readonly Routes[]): Surface {
  return {
    prefix,
    async plugin(app: FastifyInstance, { store, secrets, queue }: SurfaceOptions) {
      registerErrorEnvelope(app, CODESTAX_ENVELOPE);
      registerCodeStaxCaller(app, store, sessionKeyOf(secrets));
      for (const register of routes) await app.register(register, { store, queue });
    },
    undecodableUrlBody: (detail) => ({ detail }),
  };
}

/** `/api/auth`: login without a credential; logout, password and API keys with one. */
const auth: Surface = {
  prefix: '/api/auth',
  async plugin(app: FastifyInstance, { store, secrets }: SurfaceOptions) {
    const sessionKey = sessionKeyOf(secrets);
    registerErrorEnvelope(app, CODESTAX_ENVELOPE);
    await app.register(loginRoutes, { store, sessionKey });
    await app.register(async (authenticated) => {
      registerCodeStaxCaller(authenticated, store, sessionKey);
      await authenticated.register(sessionRoutes, { store });
      await authenticated.register(apiKeyRoutes, { store });
      await authenticated.register(rateLimitRoutes, { store });
    });
  },
  undecodableUrlBody: (detail) => ({ detail }),
};

const health: Surface = {
  prefix: '/api/health',
  async plugin(app: FastifyInstance, { store }: SurfaceOptions) {
    registerErrorEnvelope(app, CODESTAX_ENVELOPE);
    await app.register(healthRoutes, { store });
  },
  undecodableUrlBody: (detail) => ({ detail }),
};

/**
 * The CodeStax quality-gate API: its base paths beside Scrutinizer's `/api`, each a surface of the same envelope
 * (`{detail}`) and credentials (Bearer session JWT, user or organization token; `X-API-Key`).
 */
export const codestax: readonly Surface[] = [
  authenticatedSurface('/api/quality', [
    gateConfigRoutes,
    gateStatusRoutes,
    waiverRoutes,
    findingRoutes,
    insightRoutes,
    coverageRoutes,
  ]),
  authenticatedSurface('/api/scans', [scanRoutes]),
  auth,
  health,
];
