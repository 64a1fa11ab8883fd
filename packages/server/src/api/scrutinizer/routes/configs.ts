import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { findConfig, listConfigs } from '../../../domain/configs/index.js';
import type { SurfaceOptions } from '../../surface.js';
import { organizationOf } from '../caller.js';
import { halListRoute } from '../hal.js';
import { AuthQuery, ConfigDetailsSchema, ConfigSchema, OrganizationParams, routeSchema } from '../schemas.js';
import { configDetailsJson, configJson, organizationPath } from '../views.js';

export async function organizationConfigRoutes(parent: FastifyInstance, { store }: SurfaceOptions): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = store;

  halListRoute(app, '/organizations/:slug/configs', {
    summary: 'List organization configurations',
    params: Type.Object(OrganizationParams),
    key: 'configs',
    item: ConfigSchema,
    async page(request, window) {
      const access = await organizationOf(db, request);
      const path = `${organizationPath(access)}/configs`;
      return { path, result: await listConfigs(db, access, window), render: configJson(path) };
    },
  });

  app.get(
    '/organizations/:slug/configs/:configUuid',
    {
      schema: routeSchema({
        summary: 'View an organization configuration',
        params: Type.Object({ ...OrganizationParams, configUuid: Type.String({ minLength: 1 }) }),
        querystring: AuthQuery,
        response: { 200: ConfigDetailsSchema },
      }),
    },
    async (request) => {
      const access = await organizationOf(db, request);
      const config = await findConfig(db, access, request.params.configUuid);
      return configDetailsJson(`${organizationPath(access)}/configs`, config);
    },
  );
}
