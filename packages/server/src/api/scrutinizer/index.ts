import type { FastifyInstance } from 'fastify';
import { registerErrorEnvelope } from '../errors.js';
import type { Surface, SurfaceOptions } from '../surface.js';
import { registerScrutinizerCaller } from './caller.js';
import { SCRUTINIZER_ENVELOPE } from './errors.js';
import { organizationConfigRoutes } from './routes/configs.js';
import { indexRoutes } from './routes/indices.js';
import { inspectionRoutes } from './routes/inspections.js';
import { licenseRoutes } from './routes/licenses.js';
import { memberRoutes } from './routes/members.js';
import { metaRoutes } from './routes/meta.js';
import { organizationRepositoryRoutes } from './routes/organization-repositories.js';
import { permissionRoutes } from './routes/permissions.js';
import { reportRoutes } from './routes/reports.js';
import { repositoryRoutes } from './routes/repositories.js';
import { teamMemberRoutes } from './routes/team-members.js';
import { teamRoutes } from './routes/teams.js';
import { userRoutes } from './routes/user.js';
import { webhookRoutes } from './routes/webhooks.js';

/** The Scrutinizer REST API under `/api`: `?access_token=` user tokens, HAL pages, `{message}` errors. */
export const scrutinizer: Surface = {
  prefix: '/api',
  async plugin(app: FastifyInstance, options: SurfaceOptions & { prefix?: string }) {
    const { store, secrets, queue, dataDir, reports } = options;
    registerErrorEnvelope(app, SCRUTINIZER_ENVELOPE);
    await app.register(metaRoutes);
    await app.register(async (authenticated) => {
      registerScrutinizerCaller(authenticated, store.db);
      for (const routes of [
        organizationRepositoryRoutes,
        memberRoutes,
        organizationConfigRoutes,
        teamRoutes,
        teamMemberRoutes,
        permissionRoutes,
        repositoryRoutes,
        inspectionRoutes,
        indexRoutes,
        userRoutes,
        webhookRoutes,
        reportRoutes,
        licenseRoutes,
      ])
        await authenticated.register(routes, { store, secrets, queue, dataDir, reports });
    });
  },
  undecodableUrlBody: (details) => ({ message: details }),
};
