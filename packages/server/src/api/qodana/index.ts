import type { FastifyInstance } from 'fastify';
import { registerErrorEnvelope } from '../errors.js';
import type { Surface, SurfaceOptions } from '../surface.js';
import { registerQodanaCaller } from './caller.js';
import { QODANA_ENVELOPE } from './errors.js';
import { insightRoutes } from './routes/insights.js';
import { inspectionRoutes } from './routes/inspections.js';
import { projectRoutes } from './routes/projects.js';
import { userRoutes } from './routes/users.js';

/** The Qodana Cloud public API: organization API token as Bearer, `{name, details}` errors. */
export const qodana: Surface = {
  prefix: '/api/v1/public/organizations',
  async plugin(app: FastifyInstance, { store }: SurfaceOptions) {
    registerErrorEnvelope(app, QODANA_ENVELOPE);
    registerQodanaCaller(app, store);
    await app.register(projectRoutes, { store });
    await app.register(userRoutes, { store });
    await app.register(inspectionRoutes, { store });
    await app.register(insightRoutes, { store });
  },
  undecodableUrlBody: (details) => ({ name: 'VALIDATION_FAILED', details }),
};
