import type { FastifyInstance } from 'fastify';
import type { SurfaceOptions } from '../surfaces.js';
import { acceptJsonSentAsForm } from './body-parser.js';
import { registerQodanaErrorHandling } from './errors.js';
import { inspectionRoutes } from './inspections.js';
import { projectRoutes } from './projects.js';
import { userRoutes } from './users.js';

export const QODANA_PREFIX = '/api/v1/public/organizations';

/** The Qodana Cloud public API: organization API token as Bearer, `{name, details}` errors. */
export async function qodanaSurface(app: FastifyInstance, { store }: SurfaceOptions): Promise<void> {
  await app.register(
    async (qodana) => {
      registerQodanaErrorHandling(qodana);
      acceptJsonSentAsForm(qodana);
      await qodana.register(projectRoutes, { store });
      await qodana.register(userRoutes, { store });
      await qodana.register(inspectionRoutes, { store });
    },
    { prefix: QODANA_PREFIX },
  );
}
